package org.digitlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSummaryTest {

    private static ArchitectureSpec withLayers(LayerSpec... layers) {
        return Presets.get("cnn-3conv").withLayers(List.of(layers));
    }

    @Test
    void summaryTextEndsWithKerasTotalsUsingCommas() {
        String text = ModelSummary.of(Presets.get("cnn-3conv")).format();

        assertThat(text).contains(" conv2d (Conv2D)", " max_pooling2d_2 (MaxPooling2D)", " dense_1 (Dense)")
                .contains("(None, 28, 28, 32)").contains("18,496");
        assertThat(text.strip().lines().toList()).endsWith(
                "Total params: 72,842", "Trainable params: 72,842", "Non-trainable params: 0");
    }

    @Test
    void summaryOfBatchNormModelReportsNonTrainableParams() {
        String text = ModelSummary.of(Presets.get("cnn-batchnorm")).format();

        assertThat(text).contains("Total params: 601,578", "Trainable params: 601,194",
                "Non-trainable params: 384");
    }

    @Test
    void kernelLargerThanItsInputNamesTheLayer() {
        ArchitectureSpec spec = withLayers(LayerSpec.Conv2D.of(6, 5, Activation.RELU), LayerSpec.MaxPool.of(2),
                LayerSpec.Conv2D.of(16, 5, Activation.RELU), LayerSpec.MaxPool.of(2),
                LayerSpec.Conv2D.of(120, 5, Activation.RELU), new LayerSpec.Flatten(), LayerSpec.Output.softmax(10));

        assertThatThrownBy(() -> ModelSummary.of(spec))
                .isInstanceOf(InvalidArchitectureException.class)
                .hasMessageContaining("layer 4 (conv2d_2)")
                .hasMessageContaining("kernel 5×5 is larger than its input 4×4");
    }

    @Test
    void zeroUnitsAreRejected() {
        List<LayerProblem> problems = ModelSummary.validate(withLayers(new LayerSpec.Flatten(),
                new LayerSpec.Dense(0, Activation.RELU), LayerSpec.Output.softmax(10)));

        assertThat(problems).containsExactly(new LayerProblem(1, "dense", "units must be positive, got 0"));
    }

    @Test
    void negativeDropoutRateIsRejected() {
        List<LayerProblem> problems = ModelSummary.validate(withLayers(new LayerSpec.Flatten(),
                new LayerSpec.Dropout(-0.1), LayerSpec.Output.softmax(10)));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.index()).isEqualTo(1);
            assertThat(problem.layerName()).isEqualTo("dropout");
            assertThat(problem.reason()).contains("outside [0, 1)");
        });
    }

    @Test
    void denseBeforeFlattenAsksForAFlatten() {
        assertThatThrownBy(() -> ModelSummary.of(withLayers(new LayerSpec.Dense(64, Activation.RELU),
                new LayerSpec.Flatten(), LayerSpec.Output.softmax(10))))
                .hasMessageContaining("layer 0 (dense)")
                .hasMessageContaining("Dense needs a flat input: add a Flatten before it");
    }

    @Test
    void outputUnitsMustMatchTheNumberOfClasses() {
        List<LayerProblem> problems = ModelSummary.validate(withLayers(new LayerSpec.Flatten(),
                LayerSpec.Output.softmax(100)));

        assertThat(problems).extracting(LayerProblem::message)
                .containsExactly("layer 1 (dense): Output has 100 units but the model has 10 classes");
    }

    @Test
    void outputMustBeLastAndUnique() {
        assertThat(ModelSummary.validate(withLayers(new LayerSpec.Flatten(), LayerSpec.Output.softmax(10),
                new LayerSpec.Dense(10, Activation.RELU)))).extracting(LayerProblem::reason)
                .containsExactly("the Output layer must be the last layer");
        assertThat(ModelSummary.validate(withLayers(new LayerSpec.Flatten(), LayerSpec.Output.softmax(10),
                LayerSpec.Output.softmax(10)))).extracting(LayerProblem::index).contains(2);
        assertThat(ModelSummary.validate(withLayers(new LayerSpec.Flatten(),
                new LayerSpec.Dense(10, Activation.SOFTMAX)))).extracting(LayerProblem::message)
                .containsExactly("model: has no Output layer: end with Output(10, softmax)");
    }

    @Test
    void noLayersIsAProblemOfTheWholeModel() {
        assertThat(ModelSummary.validate(withLayers())).extracting(LayerProblem::index)
                .containsExactly(LayerProblem.WHOLE_MODEL);
    }

    @Test
    void convolutionAfterFlattenAndSecondFlattenAreRejected() {
        List<LayerProblem> problems = ModelSummary.validate(withLayers(new LayerSpec.Flatten(),
                LayerSpec.Conv2D.of(8, 3, Activation.RELU), new LayerSpec.Flatten(), LayerSpec.Output.softmax(10)));

        assertThat(problems).extracting(LayerProblem::message).containsExactly(
                "layer 1 (conv2d): Conv2D needs an image but comes after Flatten: move it before the Flatten",
                "layer 2 (flatten_1): a second Flatten: the input is already flat");
    }

    @Test
    void zeroStrideAndOversizedPoolAreEachReported() {
        List<LayerProblem> problems = ModelSummary.validate(withLayers(
                new LayerSpec.Conv2D(8, 3, 3, 0, 1, Padding.VALID, Activation.RELU),
                new LayerSpec.MaxPool(40, 40, 40, 40), new LayerSpec.Flatten(), LayerSpec.Output.softmax(10)));

        assertThat(problems).extracting(LayerProblem::reason).containsExactly(
                "stride height must be positive, got 0",
                "pool 40×40 is larger than its input 28×28 (shape (None, 28, 28, 1))");
    }

    @Test
    void softmaxInAHiddenLayerIsAllowed() {
        List<LayerSpec> layers = new ArrayList<>(Presets.get("mlp-100").layers());
        layers.set(1, new LayerSpec.Dense(100, Activation.SOFTMAX));

        assertThat(ModelSummary.validate(Presets.get("mlp-100").withLayers(layers))).isEmpty();
    }

    @Test
    void samePaddingWithStrideRoundsUp() {
        ModelSummary summary = ModelSummary.of(withLayers(
                new LayerSpec.Conv2D(4, 3, 3, 2, 2, Padding.SAME, Activation.RELU), new LayerSpec.Flatten(),
                LayerSpec.Output.softmax(10)));

        assertThat(summary.rows().get(0).outputShape()).isEqualTo(Shape.image(14, 14, 4));
        assertThat(ModelSummary.thousands(1_740_042)).isEqualTo("1,740,042");
    }
}
