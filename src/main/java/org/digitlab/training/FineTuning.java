package org.digitlab.training;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import org.digitlab.data.DataSplits;
import org.digitlab.data.ImageSet;
import org.digitlab.model.Optimizer;
import org.digitlab.model.SplitKind;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingSettings;

/**
 * "Train more on our handwriting": a trained model goes on learning from MNIST and a class's own
 * drawings mixed, so that it learns the class's hand without forgetting MNIST's. Each epoch is a
 * fixed number of images of which {@link Settings#drawnShare()} are the class's drawings (each
 * repeated as often as needed) and the rest MNIST training images drawn at random; the run's
 * shuffle spreads them, so a batch holds about that share of drawings. A low learning rate and
 * one or two short epochs keep it to seconds on a two-core laptop and keep MNIST's accuracy.
 *
 * <p>Part of the drawings is held out, by drawing and with a fixed seed, and never trained on:
 * figures on them say whether the model learnt the class's hand or only its drawings. Before and
 * after, the model is measured on MNIST's test set, the whole collected set and the held-out part.
 */
public final class FineTuning {

    /**
     * How a fine-tuning run goes.
     *
     * @param epochs passes over the mixed set
     * @param imagesPerEpoch images in an epoch, drawings and MNIST together
     * @param drawnShare share of each epoch's images that are the class's drawings
     * @param learningRate Adam's step: a tenth of a fresh run's, so MNIST's weights move little
     * @param batchSize images per step
     * @param heldOutShare share of the drawings held out (by drawing), never trained on
     * @param seed draws the held-out part, the MNIST images and the shuffle
     */
    public record Settings(int epochs, int imagesPerEpoch, double drawnShare, double learningRate, int batchSize,
            double heldOutShare, long seed) {

        /** Two epochs of 6,000 images, 15% drawings: about 10 s for cnn-3conv on two cores. */
        public static final Settings DEFAULT = new Settings(2, 6_000, 0.15, 1e-4, 64, 0.2, 42);

        public Settings {
            if (epochs < 1 || imagesPerEpoch < 1 || batchSize < 1) {
                throw new IllegalArgumentException("epochs, images per epoch and batch size must be at least 1");
            }
            if (!(drawnShare > 0 && drawnShare < 1) || !(heldOutShare >= 0 && heldOutShare < 1)) {
                throw new IllegalArgumentException("the drawings' share must be in (0, 1) and the held-out share"
                        + " in [0, 1), got " + drawnShare + " and " + heldOutShare);
            }
            if (!(learningRate > 0)) {
                throw new IllegalArgumentException("the learning rate must be positive, got " + learningRate);
            }
        }

        public Settings withEpochs(int newEpochs) {
            return new Settings(newEpochs, imagesPerEpoch, drawnShare, learningRate, batchSize, heldOutShare, seed);
        }

        public Settings withImagesPerEpoch(int images) {
            return new Settings(epochs, images, drawnShare, learningRate, batchSize, heldOutShare, seed);
        }

        public Settings withLearningRate(double rate) {
            return new Settings(epochs, imagesPerEpoch, drawnShare, rate, batchSize, heldOutShare, seed);
        }
    }

    /**
     * A model's accuracy on the three sets.
     *
     * @param mnistTest on MNIST's 10,000 test images
     * @param drawn on every drawing of the collected set
     * @param heldOut on the held-out drawings only (NaN when none are held out)
     */
    public record Figures(double mnistTest, double drawn, double heldOut) {
    }

    /**
     * What fine-tuning did.
     *
     * @param model the fine-tuned model, its test figures those on MNIST's test set
     * @param taught drawings trained on
     * @param heldOut drawings held out
     */
    public record Report(Figures before, Figures after, TrainedModel model, TrainingResult result, int taught,
            int heldOut) {
    }

    /**
     * Which drawings are held out: a fixed share, drawn by a seeded shuffle of the drawings (not
     * of images: a drawing is all in or all out), at least one of each set when there are two or more.
     *
     * @return true at the indices of the held-out drawings
     */
    public static boolean[] heldOut(int drawings, double share, long seed) {
        boolean[] out = new boolean[drawings];
        int count = (int) Math.round(drawings * share);
        if (share > 0 && drawings >= 2) {
            count = Math.max(1, Math.min(drawings - 1, count));
        }
        int[] order = shuffled(drawings, new Random(seed));
        for (int k = 0; k < count; k++) {
            out[order[k]] = true;
        }
        return out;
    }

    /**
     * An epoch's images: {@code round(size × share)} drawings (cycling through them in a shuffled
     * order, so each appears about as often) and MNIST images at random for the rest.
     */
    public static ImageSet mix(ImageSet mnist, ImageSet drawn, int size, double share, long seed) {
        if (drawn.size() == 0) {
            throw new IllegalArgumentException("there are no drawings to learn from");
        }
        Random random = new Random(seed);
        int drawnCount = Math.max(1, (int) Math.round(size * share));
        int[] drawnOrder = shuffled(drawn.size(), random);
        int[] drawnPicks = new int[drawnCount];
        for (int k = 0; k < drawnCount; k++) {
            drawnPicks[k] = drawnOrder[k % drawnOrder.length];
        }
        int[] mnistPicks = new int[size - drawnCount];
        for (int k = 0; k < mnistPicks.length; k++) {
            mnistPicks[k] = random.nextInt(mnist.size());
        }
        ImageSet a = mnist.subset(mnistPicks);
        ImageSet b = drawn.subset(drawnPicks);
        byte[] pixels = Arrays.copyOf(a.pixels(), a.pixels().length + b.pixels().length);
        System.arraycopy(b.pixels(), 0, pixels, a.pixels().length, b.pixels().length);
        byte[] labels = Arrays.copyOf(a.labels(), a.size() + b.size());
        System.arraycopy(b.labels(), 0, labels, a.size(), b.size());
        return new ImageSet(mnist.rows(), mnist.cols(), pixels, labels);
    }

    private final Trainer trainer;
    private final Evaluator evaluator;

    public FineTuning(Trainer trainer, Evaluator evaluator) {
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /**
     * Measures, fine-tunes and measures again; blocks for the whole run (call it off the FX thread).
     *
     * @param mnist MNIST's training and test images
     * @param drawn every drawing of the collected set
     * @param listener follows the run's epochs and batches
     */
    public Report run(TrainedModel model, ImageSet mnistTrain, ImageSet mnistTest, ImageSet drawn,
            Settings settings, TrainingListener listener) {
        boolean[] out = heldOut(drawn.size(), settings.heldOutShare(), settings.seed());
        ImageSet taught = drawn.subset(indices(out, false));
        ImageSet held = drawn.subset(indices(out, true));
        if (taught.size() == 0) {
            throw new IllegalArgumentException("there are no drawings to learn from: draw some first");
        }
        Figures before = figures(model, mnistTest, drawn, held);
        TrainingSettings training = model.spec().training().withOptimizer(Optimizer.ADAM)
                .withLearningRate(settings.learningRate()).withEpochs(settings.epochs())
                .withBatchSize(settings.batchSize()).withSplit(SplitKind.TRAIN_TEST, 0).withSeed(settings.seed())
                .withEarlyStoppingPatience(0).withLearningRateDecay(0).withShiftAugmentation(0)
                .withStrokeAugmentation(false);
        ImageSet mixed = mix(mnistTrain, taught, settings.imagesPerEpoch(), settings.drawnShare(), settings.seed());
        TrainingRequest request = TrainingRequest.of(model.spec().withTraining(training),
                new DataSplits(mixed, null, mnistTest)).continuing(model);
        TrainingResult result = trainer.start(request, listener).result().join();
        if (!result.hasModel()) {
            throw new IllegalStateException("fine-tuning left no model: " + result.diagnosis());
        }
        EvaluationResult mnistAfter = evaluator.evaluate(result.model(), mnistTest);
        TrainedModel tuned = result.model().withMetadata(result.model().metadata()
                .withTest(mnistAfter.figures(TrainingSettings.MNIST, "test")));
        Figures after = figures(tuned, mnistAfter.accuracy(), drawn, held);
        return new Report(before, after, tuned, result, taught.size(), held.size());
    }

    private Figures figures(TrainedModel model, ImageSet mnistTest, ImageSet drawn, ImageSet held) {
        return figures(model, evaluator.evaluate(model, mnistTest).accuracy(), drawn, held);
    }

    private Figures figures(TrainedModel model, double mnistAccuracy, ImageSet drawn, ImageSet held) {
        double heldAccuracy = held.size() == 0 ? Double.NaN : evaluator.evaluate(model, held).accuracy();
        return new Figures(mnistAccuracy, evaluator.evaluate(model, drawn).accuracy(), heldAccuracy);
    }

    private static int[] indices(boolean[] out, boolean wanted) {
        int n = 0;
        for (boolean b : out) {
            n += b == wanted ? 1 : 0;
        }
        int[] result = new int[n];
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == wanted) {
                result[k++] = i;
            }
        }
        return result;
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
