package org.digitlab.inference.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.digitlab.RealMnist;
import org.digitlab.data.ImageSet;
import org.digitlab.engine.Engine;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.inference.Explainer;
import org.digitlab.inference.Look;
import org.digitlab.inference.Prediction;
import org.digitlab.inference.Predictor;
import org.digitlab.inference.SaliencyKind;
import org.digitlab.inference.SaliencyMap;
import org.digitlab.model.SampleModels;
import org.digitlab.model.TrainedModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The explainer's gradient is the network's own: it matches a finite difference of the
 * log-probability that the predictor gives, for a plain CNN and for one with batch normalisation
 * and dropout (which {@code calculateGradients} would run in training mode).
 */
class Dl4jExplainerTest {

    private static final Engine ENGINE = Dl4jEngine.create();

    static float[] mnistImage(ImageSet set, int index) {
        float[] image = new float[set.imageSize()];
        byte[] bytes = set.copyImage(index);
        for (int i = 0; i < image.length; i++) {
            image[i] = (bytes[i] & 0xFF) / 255f;
        }
        return image;
    }

    private static TrainedModel sample(String id) throws Exception {
        return ENGINE.modelFiles().load(SampleModels.find(id).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cnn-3conv", "cnn-batchnorm", "mlp-512-256"})
    void theGradientMatchesAFiniteDifferenceOfThePredictorsLogProbability(String id) throws Exception {
        TrainedModel model = sample(id);
        Explainer explainer = ENGINE.explainer(model);
        Predictor predictor = ENGINE.predictor(model);
        float[] image = mnistImage(RealMnist.trainTest().test(), 8); // a 5 the models find hard-ish
        int target = 3;
        SaliencyMap map = explainer.saliency(image, target, SaliencyKind.GRADIENT);
        // the pixels with the largest gradient: a finite difference there is well above rounding
        int checked = 0;
        // One-sided differences: at a blank pixel max pooling and ReLU may be at a kink (ties among
        // zeros), where the derivative from the left differs from the one from the right and the
        // gradient backprop picks lies between them; elsewhere the two agree and pin it down.
        for (int pixel : largest(map.values(), 4)) {
            float h = 0.001f;
            float[] up = image.clone();
            float[] down = image.clone();
            up[pixel] += h;
            down[pixel] -= h;
            List<Prediction> p = predictor.predictAll(List.of(up, image, down));
            double right = (Math.log(p.get(0).probabilities()[target]) - Math.log(p.get(1).probabilities()[target])) / h;
            double left = (Math.log(p.get(1).probabilities()[target]) - Math.log(p.get(2).probabilities()[target])) / h;
            double tolerance = 0.15 * Math.max(Math.abs(left), Math.abs(right)) + 1e-2;
            assertThat((double) map.values()[pixel]).as("%s pixel %d (left %.3f, right %.3f)", id, pixel, left, right)
                    .isBetween(Math.min(left, right) - tolerance, Math.max(left, right) + tolerance);
            checked++;
        }
        assertThat(checked).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cnn-3conv", "cnn-batchnorm"})
    void aLookGivesThePredictorsProbabilitiesAndTheLastHiddenLayer(String id) throws Exception {
        TrainedModel model = sample(id);
        Explainer explainer = ENGINE.explainer(model);
        float[] image = mnistImage(RealMnist.trainTest().test(), 0);
        Look look = explainer.look(List.of(image)).get(0);
        assertThat(look.prediction().probabilities())
                .containsExactly(ENGINE.predictor(model).predict(image).probabilities(),
                        org.assertj.core.api.Assertions.within(1e-5f));
        assertThat(look.embedding()).hasSize(explainer.embeddingSize());
        assertThat(explainer.fingerprint()).hasSize(24).isEqualTo(ENGINE.explainer(sample(id)).fingerprint());
    }

    static int[] largest(float[] values, int count) {
        return java.util.stream.IntStream.range(0, values.length).boxed()
                .sorted((a, b) -> Float.compare(Math.abs(values[b]), Math.abs(values[a])))
                .limit(count).mapToInt(Integer::intValue).toArray();
    }
}
