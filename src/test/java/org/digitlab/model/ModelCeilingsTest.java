package org.digitlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Shape inference in long arithmetic, with ceilings that refuse a layer before an engine allocates it. */
class ModelCeilingsTest {

    private static final ArchitectureSpec MLP = Presets.get("mlp-100");

    static List<String> presetIds() {
        return Presets.all().stream().map(ArchitectureSpec::id).toList();
    }

    @ParameterizedTest
    @MethodSource("presetIds")
    void everyPresetIsWithinTheCeilingsAndTrainableAsItsSettingsSay(String id) {
        ArchitectureSpec preset = Presets.get(id);
        assertThat(ModelSummary.validate(preset)).isEmpty();
        assertThat(TrainingChecks.problems(preset)).isEmpty();
    }

    @Test
    void aDenseLayerOfTwoBillionUnitsIsRefusedNamingItWithAPositiveCount() {
        ArchitectureSpec spec = MLP.withLayers(List.of(new LayerSpec.Flatten(),
                new LayerSpec.Dense(2_000_000_000, Activation.RELU), LayerSpec.Output.softmax(10)));

        assertThatThrownBy(() -> ModelSummary.of(spec)).isInstanceOf(InvalidArchitectureException.class)
                .hasMessageContaining("layer 1 (dense): has 1,570,000,000,000 parameters")
                .hasMessageContaining("at most 100,000,000");
    }

    @Test
    void manyLayersWithinTheLimitEachAreRefusedWhereTheirSumCrossesIt() {
        LayerSpec wide = new LayerSpec.Dense(6_000, Activation.RELU);
        ArchitectureSpec spec = MLP.withLayers(List.of(new LayerSpec.Flatten(), wide, wide, wide, wide,
                LayerSpec.Output.softmax(10)));

        List<LayerProblem> problems = ModelSummary.validate(spec);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).startsWith("layer 4 (dense_3): brings the model to 112,")
                .contains("parameters");
    }

    @Test
    void aHugePaddingIsRefusedInsteadOfWrappingTheShapeNegative() {
        ArchitectureSpec spec = MLP.withLayers(List.of(new LayerSpec.ZeroPadding(1_000_000_000),
                new LayerSpec.Flatten(), new LayerSpec.Dense(10, Activation.RELU), LayerSpec.Output.softmax(10)));

        List<LayerProblem> problems = ModelSummary.validate(spec);
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).message()).startsWith("layer 0 (zero_padding2d): padding 1000000000");
    }

    @Test
    void aHugeStrideGivesOnePixelNotANegativeSide() {
        ArchitectureSpec spec = MLP.withLayers(List.of(
                new LayerSpec.Conv2D(4, 3, 3, Integer.MAX_VALUE, Integer.MAX_VALUE, Padding.SAME, Activation.RELU),
                new LayerSpec.Flatten(), LayerSpec.Output.softmax(10)));

        ModelSummary summary = ModelSummary.of(spec);
        assertThat(summary.rows().get(0).outputShape()).isEqualTo(Shape.image(1, 1, 4));
        assertThat(summary.totalParams()).isPositive();
    }

    @Test
    void activationsOfABatchBeyondTheCeilingAreRefusedAskingForASmallerBatch() {
        ArchitectureSpec cnn = Presets.get("cnn-3conv-uncentered");
        ArchitectureSpec spec = cnn.withTraining(cnn.training().withBatchSize(ModelLimits.MAX_BATCH));

        List<LayerProblem> problems = ModelSummary.validate(spec);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).reason()).contains("a batch of 65536", "use a smaller batch");
    }

    @Test
    void anInputLargerThanAnImageDigitLabTakesIsRefused() {
        ArchitectureSpec spec = MLP.withInput(new InputShape(100_000, 100_000, 1));

        assertThat(ModelSummary.validate(spec)).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("model: input shape 100000×100000×1"));
    }
}
