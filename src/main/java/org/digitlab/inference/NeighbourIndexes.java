package org.digitlab.inference;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.digitlab.data.AtomicFiles;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.CentreLinePen;
import org.digitlab.data.ImageSet;
import org.digitlab.data.Progress;
import org.digitlab.data.TrainTest;

/**
 * Builds a model's {@link NeighbourIndex} once and keeps it in the cache folder under the model's
 * fingerprint ({@code <home>/cache/neighbours/<fingerprint>.idx}, written whole or not at all), so
 * the next start, or the command line, reads it in a fraction of a second. Blocking: call it off
 * the FX thread.
 *
 * <p>The index holds the first training images that fit {@link NeighbourIndex#MAX_VALUES}, and the
 * classes' clouds made from the same images. It is calibrated on the first
 * {@link #CALIBRATION_IMAGES} test images, which the network never trained on, half of them (a
 * seeded coin) redrawn along their centre line with an even pen of a random width
 * ({@link CentreLinePen}), as a mouse or a stylus draws: their distances to their nearest
 * training images and to the nearest cloud are what real but unseen digits, and drawings of
 * them, give. Calibrated on MNIST's pressure-varied strokes alone, the check rejected 1.7% of
 * drawn digits at the setting that caught 73% of non-digits (the README's "Why?" section).
 */
public final class NeighbourIndexes {

    /**
     * Held-out digits measured for the calibration (the first of the test set). 5,000, so that the
     * default threshold (all but 0.5% of them) rests on 25 digits, not ten.
     */
    public static final int CALIBRATION_IMAGES = 5_000;
    /** The even pen's radius in pixels of the 28: a hairline to a marker at a 20-pixel digit. */
    private static final double MIN_PEN_RADIUS = 0.35;
    private static final double MAX_PEN_RADIUS = 1.7;
    private static final long PEN_SEED = 5;
    private static final String SUFFIX = ".idx";

    private final Path folder;

    /** @param folder where index files live, e.g. {@link #defaultFolder} */
    public NeighbourIndexes(Path folder) {
        this.folder = folder;
    }

    /** {@code <home>/cache/neighbours}, home being Digit Lab's folder ({@code ~/.digitlab}). */
    public static Path defaultFolder(Path home) {
        return home.resolve("cache").resolve("neighbours");
    }

    /** Where the index of a model with this fingerprint is kept. */
    public Path file(String fingerprint) {
        return folder.resolve(fingerprint + SUFFIX);
    }

    /** The cached index of this model, or {@code null} when there is none (or it is damaged). */
    public NeighbourIndex cached(Explainer explainer) {
        Path file = file(explainer.fingerprint());
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            NeighbourIndex index = NeighbourIndex.read(in);
            return index.fingerprint().equals(explainer.fingerprint()) && index.dims() == explainer.embeddingSize()
                    ? index : null;
        } catch (IOException | RuntimeException e) {
            return null; // damaged or from another version: built again and replaced
        }
    }

    /** The cached index, or a new one built from the model's dataset and written to the cache. */
    public NeighbourIndex loadOrBuild(Explainer explainer, TrainTest data, Progress progress,
            CancellationToken cancel) throws IOException {
        NeighbourIndex index = cached(explainer);
        if (index == null) {
            index = build(explainer, data, progress, cancel);
            if (index != null) {
                NeighbourIndex built = index;
                AtomicFiles.write(file(explainer.fingerprint()), out -> {
                    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                    built.write(buffered);
                    buffered.flush();
                });
            }
        }
        return index;
    }

    /**
     * Looks at the training images that fit the index and the calibration images.
     *
     * @return the index, or {@code null} when cancelled
     */
    public static NeighbourIndex build(Explainer explainer, TrainTest data, Progress progress,
            CancellationToken cancel) {
        ImageSet train = data.train();
        int dims = explainer.embeddingSize();
        int rows = Math.min(Math.min(train.size(), NeighbourIndex.MAX_IMAGES), NeighbourIndex.MAX_VALUES / dims);
        int[] indices = new int[rows];
        byte[] labels = new byte[rows];
        float[] vectors = new float[rows * dims];
        ClassClouds.Builder clouds = null;
        int step = 2_000;
        for (int from = 0; from < rows; from += step) {
            if (cancel.isCancelled()) {
                return null;
            }
            int to = Math.min(rows, from + step);
            List<Look> looks = explainer.look(images(train, from, to));
            if (clouds == null && dims <= ClassClouds.MAX_DIMS) {
                clouds = new ClassClouds.Builder(looks.get(0).prediction().probabilities().length, dims);
            }
            for (int i = from; i < to; i++) {
                indices[i] = i;
                labels[i] = (byte) train.label(i);
                float[] embedding = looks.get(i - from).embedding();
                System.arraycopy(NeighbourIndex.unit(embedding), 0, vectors, i * dims, dims);
                if (clouds != null) {
                    clouds.add(embedding, train.label(i));
                }
            }
            progress.update("Looking at the training images", to, rows);
        }
        ClassClouds made = clouds == null ? null : clouds.build();
        ImageSet test = data.test();
        int held = Math.min(CALIBRATION_IMAGES, test.size());
        NeighbourIndex uncalibrated = new NeighbourIndex(explainer.fingerprint(), dims, indices, labels, vectors,
                made, new DigitCalibration(new float[] {0f}, made == null ? null : new float[] {0f}));
        float[] neighbourScores = new float[held];
        float[] cloudScores = made == null ? null : new float[held];
        CentreLinePen pen = new CentreLinePen(test.rows(), test.cols());
        SplittableRandom coin = new SplittableRandom(PEN_SEED);
        for (int from = 0; from < held; from += step) {
            int to = Math.min(held, from + step);
            List<float[]> images = images(test, from, to);
            for (float[] image : images) {
                if (coin.nextBoolean()) {
                    pen.redraw(image, MIN_PEN_RADIUS + coin.nextDouble() * (MAX_PEN_RADIUS - MIN_PEN_RADIUS));
                }
            }
            List<Look> looks = explainer.look(images);
            for (int i = from; i < to; i++) {
                if (cancel.isCancelled()) {
                    return null;
                }
                float[] embedding = looks.get(i - from).embedding();
                neighbourScores[i] = NeighbourIndex.score(uncalibrated.nearest(embedding, NeighbourIndex.K));
                if (made != null) {
                    cloudScores[i] = made.distance(embedding);
                }
            }
            progress.update("Calibrating on held-out digits", to, held);
        }
        return new NeighbourIndex(explainer.fingerprint(), dims, indices, labels, vectors, made,
                new DigitCalibration(neighbourScores, cloudScores));
    }

    /** Images {@code from..to-1} of a set as model inputs (values 0..1, ink bright). */
    public static List<float[]> images(ImageSet set, int from, int to) {
        List<float[]> images = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            images.add(image(set, i));
        }
        return images;
    }

    /** One image of a set as a model input (values 0..1, ink bright). */
    public static float[] image(ImageSet set, int index) {
        byte[] bytes = set.copyImage(index);
        float[] image = new float[bytes.length];
        for (int p = 0; p < image.length; p++) {
            image[p] = (bytes[p] & 0xFF) / (float) ImageSet.MAX_PIXEL;
        }
        return image;
    }
}
