package org.digitlab.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.digitlab.RealMnist;
import org.digitlab.Slow;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.ImageSet;
import org.digitlab.data.Progress;
import org.digitlab.engine.Engine;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.model.SampleModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saliency, nearest training images and "not a digit" on the drawing model (the one the Draw view
 * starts with), or the sample model {@code -Ddigitlab.test.explainModel} names (e.g.
 * {@code cnn-3conv}). The index is built as the app builds it (into {@code target/}, so a second
 * run reads it); test images come from 5,000 on, after the 5,000 the calibration holds out.
 */
@Slow
class ExplainRealModelTest {

    private static final Engine ENGINE = Dl4jEngine.create();
    private static final int FIRST_UNSEEN = 5_000;
    private static final String MODEL = System.getProperty("digitlab.test.explainModel", SampleModels.DRAWING_DEFAULT);
    private static Explainer explainer;
    private static DigitChecker checker;
    private static final CanvasPreprocessor PREPROCESSOR = new CanvasPreprocessor(28);

    @BeforeAll
    static void buildIndex() throws Exception {
        explainer = ENGINE.explainer(ENGINE.modelFiles().load(SampleModels.find(MODEL).orElseThrow()));
        long start = System.nanoTime();
        NeighbourIndex index = new NeighbourIndexes(Path.of("target", "neighbour-index")).loadOrBuild(explainer,
                RealMnist.trainTest(), Progress.NONE, CancellationToken.none());
        System.err.printf("index of %d training images × %d units ready in %.1f s%n", index.size(), index.dims(),
                (System.nanoTime() - start) / 1e9);
        checker = new DigitChecker(explainer, index);
    }

    /** A "1" drawn with the tests' own brush: a slanted stroke with a short flag at the top. */
    static GrayImage drawnOne() {
        GrayImage canvas = Canvases.white(400, 400);
        Canvases.line(canvas, 215, 60, 190, 340, 13);
        Canvases.line(canvas, 215, 60, 175, 100, 13);
        return canvas;
    }

    @Test
    void theSaliencyOfADrawnOneLiesMostlyOnItsInk() {
        float[] image = PREPROCESSOR.process(drawnOne()).image();
        DigitCheck check = checker.check(image, DigitChecker.DEFAULT_ACCEPTED);
        assertThat(check.prediction().digit()).isEqualTo(1);
        for (SaliencyKind kind : List.of(SaliencyKind.GRADIENT_X_INPUT, SaliencyKind.OCCLUSION)) {
            SaliencyMap map = explainer.saliency(image, 1, kind);
            double onInk = map.shareOn(image, 0.2f);
            System.err.printf("%s: %.0f%% of the map on the ink%n", kind, 100 * onInk);
            assertThat(onInk).as(kind.name()).isGreaterThan(0.8);
            assertThat(positiveOnInk(map, image)).as(kind + ": the ink speaks for the 1").isGreaterThan(0.5);
        }
        // a map of noise spreads over the whole field: the check above would fail it
        SplittableRandom random = new SplittableRandom(3);
        float[] noise = new float[image.length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (random.nextDouble() * 2 - 1);
        }
        assertThat(new SaliencyMap(28, 1, SaliencyKind.GRADIENT, noise).shareOn(image, 0.2f)).isLessThan(0.3);
    }

    /** Prints how long each piece takes for one drawing, beside the prediction itself (medians of 21). */
    @Test
    void latencyBesideThePrediction() throws Exception {
        float[] image = PREPROCESSOR.process(drawnOne()).image();
        Predictor predictor = ENGINE.predictor(ENGINE.modelFiles().load(SampleModels.find(MODEL).orElseThrow()));
        StringBuilder line = new StringBuilder("median ms for one drawing:");
        line.append(String.format(" predict %.1f", median(() -> predictor.predict(image))));
        line.append(String.format(", look + nearest 8 %.1f", median(() -> checker.check(image, DigitChecker.DEFAULT_ACCEPTED))));
        for (SaliencyKind kind : SaliencyKind.values()) {
            line.append(String.format(", %s %.1f", kind.cliName(), median(() -> explainer.saliency(image, 7, kind))));
        }
        System.err.println(line);
        assertThat(line).contains("predict");
    }

    private static double median(Runnable work) {
        long[] nanos = new long[21];
        work.run(); // warm
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }

    private static double positiveOnInk(SaliencyMap map, float[] image) {
        double up = 0;
        double all = 0;
        for (int i = 0; i < image.length; i++) {
            if (image[i] > 0.2f) {
                up += Math.max(0, map.values()[i]);
                all += Math.abs(map.values()[i]);
            }
        }
        return up / all;
    }

    @Test
    void theNearestTrainingImagesOfATestImageIncludeItsOwnClassNineTimesInTen() {
        ImageSet test = RealMnist.trainTest().test();
        int withOwnClass = 0;
        int total = 500;
        long[] nanos = new long[total];
        List<Look> looks = explainer.look(NeighbourIndexes.images(test, FIRST_UNSEEN, FIRST_UNSEEN + total));
        for (int i = 0; i < total; i++) {
            int label = test.label(FIRST_UNSEEN + i);
            long start = System.nanoTime();
            List<Neighbour> nearest = checker.index().nearest(looks.get(i).embedding(), NeighbourIndex.K);
            nanos[i] = System.nanoTime() - start;
            assertThat(nearest).hasSize(NeighbourIndex.K);
            if (nearest.stream().anyMatch(n -> n.label() == label)) {
                withOwnClass++;
            }
        }
        Arrays.sort(nanos);
        System.err.printf("own class among the nearest 8: %d of %d; query median %.2f ms, 95th %.2f ms%n",
                withOwnClass, total, nanos[total / 2] / 1e6, nanos[total * 95 / 100] / 1e6);
        assertThat(withOwnClass).isGreaterThanOrEqualTo(total * 9 / 10);
        assertThat(nanos[total / 2] / 1e6).as("median query, ms").isLessThan(20);
    }

    @Test
    void mostNonDigitsAreRejectedAndAlmostNoRealDigits() {
        ImageSet test = RealMnist.trainTest().test();
        List<float[]> nonDigits = inputs(NonDigits.make(252, test, 11));
        List<float[]> drawn = inputs(drawnDigits(test, 600));
        List<float[]> independent = inputs(independentDigits());
        List<float[]> mnist = NeighbourIndexes.images(test, FIRST_UNSEEN + 1_000, FIRST_UNSEEN + 2_000);
        double nonRejected = rejectedShare(nonDigits);
        double drawnRejected = rejectedShare(drawn);
        double independentRejected = rejectedShare(independent);
        double mnistRejected = rejectedShare(mnist);
        System.err.printf("not a digit: %.1f%% of %d non-digits, %.2f%% of %d drawn digits, %.2f%% of %d independently "
                + "drawn digits, %.2f%% of %d MNIST test digits%n", 100 * nonRejected, nonDigits.size(),
                100 * drawnRejected, drawn.size(), 100 * independentRejected, independent.size(), 100 * mnistRejected,
                mnist.size());
        assertThat(nonDigits.size()).isGreaterThanOrEqualTo(200);
        assertThat(independent).hasSize(400);
        assertThat(nonRejected).isGreaterThanOrEqualTo(0.8);
        assertThat(drawnRejected).isLessThanOrEqualTo(0.01);
        assertThat(independentRejected).isLessThanOrEqualTo(0.01);
        assertThat(mnistRejected).isLessThanOrEqualTo(0.01);
    }

    /** The 400 canvases of {@link IndependentDrawnDigitsTest}, drawn by code that shares nothing with the app. */
    private static List<GrayImage> independentDigits() {
        try {
            List<GrayImage> canvases = new ArrayList<>();
            for (IndependentDrawnDigitsTest.Entry e : IndependentDrawnDigitsTest.entries()) {
                canvases.add(ImageFiles.read(e.file()));
            }
            return canvases;
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("the independent drawn set is part of the tests' resources", e);
        }
    }

    private static double rejectedShare(List<float[]> images) {
        return rejectedShare(images, DigitChecker.DEFAULT_ACCEPTED);
    }

    private static double rejectedShare(List<float[]> images, double accepted) {
        int rejected = 0;
        for (float[] image : images) {
            if (checker.check(image, accepted).notADigit()) {
                rejected++;
            }
        }
        return (double) rejected / images.size();
    }

    static List<float[]> inputsOf(List<GrayImage> canvases) {
        return inputs(canvases);
    }

    private static List<float[]> inputs(List<GrayImage> canvases) {
        List<float[]> images = new ArrayList<>();
        for (GrayImage canvas : canvases) {
            PreprocessedDigit digit = PREPROCESSOR.process(canvas);
            if (digit.hasDigit()) {
                images.add(digit.image());
            }
        }
        return images;
    }

    /** Test digits redrawn with a round brush as {@link DrawnDigitsTest} draws them. */
    static List<GrayImage> drawnDigits(ImageSet test, int count) {
        SplittableRandom random = new SplittableRandom(7);
        List<GrayImage> canvases = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int index = FIRST_UNSEEN + random.nextInt(test.size() - FIRST_UNSEEN);
            int canvasSize = 300 + random.nextInt(400);
            double scale = 4 + random.nextDouble() * 14;
            double brush = scale * (0.45 + random.nextDouble() * 0.5);
            int room = Math.max(1, canvasSize - (int) Math.ceil(28 * scale));
            GrayImage canvas = Canvases.drawnMnist(test, index, Math.max(canvasSize, (int) (28 * scale) + 1), scale,
                    brush / 2 + 1, random.nextInt(room), random.nextInt(room));
            canvases.add(random.nextBoolean() ? Canvases.inverted(canvas) : canvas);
        }
        return canvases;
    }
}
