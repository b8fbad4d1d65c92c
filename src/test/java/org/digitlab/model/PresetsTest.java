package org.digitlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PresetsTest {

    /** The parameter counts of shared/architectures.md, as Keras' model.summary() prints them. */
    static Stream<Arguments> kerasParamCounts() {
        return Stream.of(
                Arguments.of("mlp-100", 79_510L),
                Arguments.of("mlp-512-256", 535_818L),
                Arguments.of("mlp-sigmoid-mse", 468_874L),
                Arguments.of("mlp-dropout", 669_706L),
                Arguments.of("lenet5-small", 44_300L),
                Arguments.of("lenet5", 303_626L),
                Arguments.of("cnn-3conv", 72_842L),
                Arguments.of("cnn-batchnorm", 601_578L),
                Arguments.of("lenet5-classic", 61_706L),
                Arguments.of("mlp-512-256-uncentered", 1_740_042L),
                Arguments.of("cnn-3conv-uncentered", 158_858L));
    }

    @ParameterizedTest(name = "{0} has {1} params")
    @MethodSource("kerasParamCounts")
    void everyPresetHasTheKerasParameterCount(String id, long params) {
        ModelSummary summary = ModelSummary.of(Presets.get(id));

        assertThat(summary.totalParams()).isEqualTo(params);
        assertThat(summary.outputShape()).isEqualTo(Shape.flat(10));
    }

    @Test
    void catalogueHoldsExactlyTheDocumentedPresets() {
        assertThat(Presets.all()).extracting(ArchitectureSpec::id)
                .containsExactlyElementsOf(kerasParamCounts().map(a -> (String) a.get()[0]).toList());
        assertThat(Presets.all()).allSatisfy(spec -> assertThat(spec.description()).hasSizeGreaterThan(100));
    }

    @Test
    void lenet5SmallMatchesTheNotebookLayerByLayer() {
        ModelSummary summary = ModelSummary.of(Presets.get("lenet5-small"));

        assertThat(summary.rows()).extracting(SummaryRow::name).containsExactly("conv2d", "max_pooling2d",
                "activation", "conv2d_1", "max_pooling2d_1", "activation_1", "conv2d_2", "flatten", "dense",
                "dense_1");
        assertThat(summary.rows()).extracting(row -> row.outputShape().keras()).containsExactly(
                "(None, 27, 27, 6)", "(None, 13, 13, 6)", "(None, 13, 13, 6)", "(None, 9, 9, 16)",
                "(None, 4, 4, 16)", "(None, 4, 4, 16)", "(None, 1, 1, 120)", "(None, 120)", "(None, 84)",
                "(None, 10)");
        assertThat(summary.rows()).extracting(SummaryRow::params)
                .containsExactly(30L, 0L, 0L, 2_416L, 0L, 0L, 30_840L, 0L, 10_164L, 850L);
    }

    @Test
    void lenet5OfNotebook003PoolsWithStrideOneFirst() {
        ModelSummary summary = ModelSummary.of(Presets.get("lenet5"));

        assertThat(summary.rows()).extracting(row -> row.outputShape().keras()).containsExactly(
                "(None, 24, 24, 6)", "(None, 23, 23, 6)", "(None, 19, 19, 16)", "(None, 9, 9, 16)",
                "(None, 5, 5, 120)", "(None, 3000)", "(None, 84)", "(None, 10)");
        assertThat(summary.rows()).extracting(SummaryRow::params)
                .containsExactly(156L, 0L, 2_416L, 0L, 48_120L, 0L, 252_084L, 850L);
    }

    @Test
    void cnn3ConvKeepsSizeWithSamePaddingThenShrinks() {
        ModelSummary summary = ModelSummary.of(Presets.get("cnn-3conv"));

        assertThat(summary.rows()).extracting(row -> row.outputShape().keras()).startsWith(
                "(None, 28, 28, 32)", "(None, 14, 14, 32)", "(None, 12, 12, 64)", "(None, 6, 6, 64)",
                "(None, 4, 4, 64)", "(None, 2, 2, 64)", "(None, 256)");
    }

    @Test
    void batchNormMovingStatisticsAreNotTrainable() {
        ModelSummary summary = ModelSummary.of(Presets.get("cnn-batchnorm"));

        // Two conv BNs of 32 channels and one of 128 units: 2 frozen values each per channel.
        assertThat(summary.nonTrainableParams()).isEqualTo(2L * (32 + 32 + 128));
        assertThat(summary.trainableParams()).isEqualTo(601_578L - 384L);
        assertThat(summary.rows().get(1).name()).isEqualTo("batch_normalization");
        assertThat(summary.rows().get(1).params()).isEqualTo(128L);
    }

    @Test
    void notebookDefaultsAreTheTrainingSettings() {
        TrainingSettings smallLenet = Presets.get("lenet5-small").training();
        assertThat(smallLenet.seed()).isEqualTo(12345L);
        assertThat(smallLenet.optimizer()).isEqualTo(Optimizer.SGD);
        assertThat(smallLenet.learningRate()).isEqualTo(0.01);

        TrainingSettings dropout = Presets.get("mlp-dropout").training();
        assertThat(dropout.split()).isEqualTo(SplitKind.VALIDATION_FRACTION);
        assertThat(dropout.validationFraction()).isEqualTo(0.2);
        assertThat(dropout.checkpointBestValLoss()).isTrue();

        assertThat(Presets.get("mlp-sigmoid-mse").training().loss()).isEqualTo(Loss.MSE);
        assertThat(Presets.get("cnn-3conv").training().split()).isEqualTo(SplitKind.HOLDOUT_HALF);
        ArchitectureSpec uncentered = Presets.get("cnn-3conv-uncentered");
        assertThat(uncentered.training().datasetId()).isEqualTo("mnist-uncentered-56");
        assertThat(uncentered.input()).isEqualTo(new InputShape(56, 56, 1));
    }

    @Test
    void imageInputOnlyForNetworksThatStartWithSpatialLayers() {
        assertThat(Presets.get("mlp-100").expectsImageInput()).isFalse();
        assertThat(Presets.get("cnn-3conv").expectsImageInput()).isTrue();
        assertThat(ModelSummary.expectsImageInput(Presets.get("lenet5-classic"))).isTrue();
    }

    @Test
    void unknownPresetIdListsTheKnownOnes() {
        assertThatThrownBy(() -> Presets.get("resnet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resnet")
                .hasMessageContaining("mlp-100")
                .hasMessageContaining("cnn-3conv-uncentered");
    }
}
