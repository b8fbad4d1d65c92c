package org.digitlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.model.Activation;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.InputShape;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.Optimizer;
import org.digitlab.model.Presets;
import org.digitlab.model.dl4j.Dl4jNetworkFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * The app's own step for convolutional networks must change a network as DL4J's own fit does:
 * the same parameters, updater state, losses and counters after several steps, for every layer
 * kind it takes (same and valid convolutions, max and average pooling with stride 1 and 2, zero
 * padding, ReLU and tanh, dense layers after a flatten) and each optimizer.
 */
class LayerStackStepTest {

    private static final int CLASSES = 10;

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"cnn-3conv, adam", "lenet5, sgd", "lenet5-classic, adam", "lenet5-small, rmsprop",
        "cnn-3conv-uncentered, adam"})
    void stepsGiveTheSameWeightsUpdaterStateAndLossAsFit(String preset, String optimizer) {
        ArchitectureSpec base = Presets.get(preset);
        ArchitectureSpec spec = base.withTraining(base.training()
                .withOptimizer(Optimizer.valueOf(optimizer.toUpperCase())).withLearningRateDecay(0.5));
        MultiLayerNetwork byFit = Dl4jNetworkFactory.build(spec);
        MultiLayerNetwork byStep = byFit.clone();
        assertThat(LayerStackStep.supports(byStep, loss(byStep))).isTrue();
        LayerStackStep step = new LayerStackStep(byStep);

        // A short last batch too, as at the end of an epoch, and an epoch boundary for the schedule.
        for (DataSet batch : batches(spec.input(), new int[] {16, 16, 5, 16})) {
            byFit.fit(batch);
            double loss = step.fit(batch);
            assertThat(loss).isCloseTo(byFit.score(), within(1e-4 * Math.max(1, byFit.score())));
            if (batch.numExamples() == 5) {
                byFit.incrementEpochCount();
                byStep.incrementEpochCount();
            }
        }

        assertThat(maxDifference(byStep.params(), byFit.params())).isLessThan(1e-4);
        INDArray state = byFit.getUpdater().getStateViewArray();
        if (state != null) { // plain SGD keeps none
            assertThat(maxDifference(byStep.getUpdater().getStateViewArray(), state)).isLessThan(1e-4);
        }
        assertThat(byStep.getIterationCount()).isEqualTo(byFit.getIterationCount()).isEqualTo(4);
        assertThat(step.counted()).isEqualTo(16 + 16 + 5 + 16);
        // And the two networks still answer alike.
        INDArray probe = batches(spec.input(), new int[] {8}).get(0).getFeatures();
        assertThat(maxDifference(byStep.output(probe), byFit.output(probe))).isLessThan(1e-4);
    }

    /**
     * Activations in places no preset puts them: a sigmoid right after zero padding (the border
     * must stay zero from batch to batch), two activations in a row, and one after a dense ReLU
     * (whose derivative reads the dense layer's output), so no activation may work in place there.
     */
    @Test
    void activationsThatMustNotOverwriteTheLayerBelowStillMatchFit() {
        ArchitectureSpec base = Presets.get("lenet5-classic");
        ArchitectureSpec spec = base.withLayers(List.of(new LayerSpec.ZeroPadding(2),
                new LayerSpec.ActivationLayer(Activation.SIGMOID), LayerSpec.Conv2D.of(4, 5, Activation.RELU),
                new LayerSpec.ActivationLayer(Activation.TANH), LayerSpec.AvgPool.of(2), new LayerSpec.Flatten(),
                new LayerSpec.Dense(16, Activation.RELU), new LayerSpec.ActivationLayer(Activation.SIGMOID),
                new LayerSpec.Output(10, Activation.SOFTMAX)));
        MultiLayerNetwork byFit = Dl4jNetworkFactory.build(spec);
        MultiLayerNetwork byStep = byFit.clone();
        assertThat(LayerStackStep.supports(byStep, loss(byStep))).isTrue();
        LayerStackStep step = new LayerStackStep(byStep);

        for (DataSet batch : batches(spec.input(), new int[] {16, 16, 16})) {
            byFit.fit(batch);
            assertThat(step.fit(batch)).isCloseTo(byFit.score(), within(1e-4 * Math.max(1, byFit.score())));
        }

        assertThat(maxDifference(byStep.params(), byFit.params())).isLessThan(1e-4);
    }

    @Test
    void onlyNetworksItModelsTakeTheStep() {
        assertThat(supports("cnn-3conv")).isTrue();
        assertThat(supports("lenet5")).isTrue();
        assertThat(supports("cnn-batchnorm")).as("batch normalisation").isFalse();
        assertThat(supports("mlp-dropout")).as("dropout").isFalse();
        assertThat(supports("mlp-sigmoid-mse")).as("MSE loss").isFalse();
    }

    private static boolean supports(String preset) {
        MultiLayerNetwork network = Dl4jNetworkFactory.build(Presets.get(preset));
        return LayerStackStep.supports(network, loss(network));
    }

    private static ILossFunction loss(MultiLayerNetwork network) {
        return ((BaseOutputLayer) network.getOutputLayer().conf().getLayer()).getLossFn();
    }

    /** Random images in [0, 1) shaped as the network takes them, channels last, and labels. */
    private static List<DataSet> batches(InputShape input, int[] sizes) {
        Nd4j.getRandom().setSeed(42);
        List<DataSet> batches = new ArrayList<>();
        for (int size : sizes) {
            INDArray features = Nd4j.rand(DataType.FLOAT, size, input.height(), input.width(), input.channels());
            INDArray labels = Nd4j.zeros(DataType.FLOAT, size, CLASSES);
            for (int r = 0; r < size; r++) {
                labels.putScalar(r, (r * 7 + size) % CLASSES, 1f);
            }
            batches.add(new DataSet(features, labels));
        }
        return batches;
    }

    private static double maxDifference(INDArray a, INDArray b) {
        return a.sub(b).amaxNumber().doubleValue();
    }
}
