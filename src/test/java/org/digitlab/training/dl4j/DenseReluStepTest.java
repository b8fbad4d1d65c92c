package org.digitlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Optimizer;
import org.digitlab.model.Presets;
import org.digitlab.model.dl4j.Dl4jNetworkFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/** The fast dense step must change a network exactly as DL4J's own fit would. */
class DenseReluStepTest {

    private static final int PIXELS = 784;
    private static final int CLASSES = 10;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"adam", "sgd", "rmsprop"})
    void stepsGiveTheSameWeightsUpdaterStateAndLossAsFit(String optimizer) {
        ArchitectureSpec preset = Presets.get("mlp-512-256");
        ArchitectureSpec spec = preset.withTraining(preset.training()
                .withOptimizer(Optimizer.valueOf(optimizer.toUpperCase())).withLearningRateDecay(0.5));
        MultiLayerNetwork byFit = Dl4jNetworkFactory.build(spec);
        MultiLayerNetwork byStep = byFit.clone();
        DenseReluStep step = new DenseReluStep(byStep);

        // A short last batch too, as at the end of an epoch, and an epoch boundary for the schedule.
        for (DataSet batch : batches(new int[] {64, 64, 17, 64})) {
            byFit.fit(batch);
            double loss = step.fit(batch);
            assertThat(loss).isCloseTo(byFit.score(), within(1e-5 * Math.max(1, byFit.score())));
            if (batch.numExamples() == 17) {
                byFit.incrementEpochCount();
                byStep.incrementEpochCount();
            }
        }

        assertThat(maxDifference(byStep.params(), byFit.params())).isLessThan(1e-5);
        INDArray state = byFit.getUpdater().getStateViewArray();
        if (state == null) { // plain SGD keeps none
            assertThat(byStep.getUpdater().getStateViewArray()).isNull();
        } else {
            assertThat(maxDifference(byStep.getUpdater().getStateViewArray(), state)).isLessThan(1e-5);
        }
        assertThat(byStep.getIterationCount()).isEqualTo(byFit.getIterationCount()).isEqualTo(4);
        assertThat(step.counted()).isEqualTo(64 + 64 + 17 + 64);
    }

    @Test
    void countsExamplesWhoseHighestProbabilityIsTheLabel() {
        MultiLayerNetwork network = Dl4jNetworkFactory.build(Presets.get("mlp-100"));
        DataSet batch = batches(new int[] {200}).get(0);
        int expected = 0;
        INDArray before = network.output(batch.getFeatures());
        for (int r = 0; r < 200; r++) {
            if (before.getRow(r).argMax().getInt(0) == batch.getLabels().getRow(r).argMax().getInt(0)) {
                expected++;
            }
        }
        DenseReluStep step = new DenseReluStep(network);

        step.fit(batch);

        assertThat(step.correct()).isEqualTo(expected);
        step.resetCounts();
        assertThat(step.counted()).isZero();
    }

    @Test
    void onlyPlainReluStacksUnderSoftmaxCrossEntropyTakeTheFastStep() {
        assertThat(supports("mlp-512-256")).isTrue();
        assertThat(supports("mlp-100")).isTrue();
        assertThat(supports("mlp-sigmoid-mse")).as("sigmoid and MSE").isFalse();
        assertThat(supports("mlp-dropout")).as("dropout").isFalse();
        assertThat(supports("cnn-3conv")).as("convolutions").isFalse();
    }

    private static boolean supports(String preset) {
        MultiLayerNetwork network = Dl4jNetworkFactory.build(Presets.get(preset));
        ILossFunction loss = ((BaseOutputLayer) network.getOutputLayer().conf().getLayer()).getLossFn();
        return DenseReluStep.supports(network, loss);
    }

    private static List<DataSet> batches(int[] sizes) {
        Nd4j.getRandom().setSeed(42);
        List<DataSet> batches = new ArrayList<>();
        for (int size : sizes) {
            INDArray features = Nd4j.rand(DataType.FLOAT, size, PIXELS);
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
