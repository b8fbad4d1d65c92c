package org.digitlab.ui.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.digitlab.model.Activation;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.Optimizer;
import org.digitlab.model.Presets;
import org.digitlab.model.SpecJson;
import org.digitlab.model.SplitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's state without a toolkit: direct executors, real specs. */
class ArchitectureViewModelTest {

    private static final Executor DIRECT = Runnable::run;

    private final ArchitectureViewModel viewModel = new ArchitectureViewModel(DIRECT, DIRECT);

    @Test
    void everyPresetOfTheNotebooksIsListedAndTheFirstIsChosen() {
        assertThat(viewModel.presets()).extracting(ArchitectureSpec::id).contains("mlp-100", "mlp-512-256",
                "mlp-sigmoid-mse", "mlp-dropout", "lenet5-small", "lenet5", "cnn-3conv", "cnn-batchnorm",
                "lenet5-classic");
        assertThat(viewModel.getSpec()).isEqualTo(Presets.get("mlp-100"));
        assertThat(viewModel.totalParamsProperty().get()).isEqualTo("Total params: 79,510");
    }

    @Test
    void everyPresetRoundTripsThroughTheEditorUnchanged() {
        for (ArchitectureSpec preset : Presets.all()) {
            viewModel.presetProperty().set(preset);
            assertThat(viewModel.getSpec()).as(preset.id()).isEqualTo(preset);
            assertThat(viewModel.problems()).as(preset.id()).isEmpty();
        }
    }

    @Test
    void settingsAreCopiedIntoTheSpec() {
        viewModel.settings().optimizerProperty().set(Optimizer.SGD);
        viewModel.settings().learningRateProperty().set(0.05);
        viewModel.settings().epochsProperty().set(3);
        viewModel.settings().splitProperty().set(SplitKind.VALIDATION_FRACTION);
        viewModel.settings().validationFractionProperty().set(0.25);

        var settings = viewModel.getSpec().training();
        assertThat(settings.optimizer()).isEqualTo(Optimizer.SGD);
        assertThat(settings.learningRate()).isEqualTo(0.05);
        assertThat(settings.epochs()).isEqualTo(3);
        assertThat(settings.split()).isEqualTo(SplitKind.VALIDATION_FRACTION);
        assertThat(settings.validationFraction()).isEqualTo(0.25);
        assertThat(viewModel.canTrainProperty().get()).isTrue();
    }

    @Test
    void trainingAidsAreCopiedIntoTheSpecAndComeBackWithALoadedSpec() {
        viewModel.settings().learningRateDecayProperty().set(0.15);
        viewModel.settings().shiftProperty().set(2);
        viewModel.settings().strokesProperty().set(true);

        var spec = viewModel.getSpec();
        assertThat(spec.training().learningRateDecay()).isEqualTo(0.15);
        assertThat(spec.training().shiftAugmentation()).isEqualTo(2);
        assertThat(spec.training().strokeAugmentation()).isTrue();

        viewModel.load(org.digitlab.model.Presets.get("cnn-3conv"));
        assertThat(viewModel.settings().shiftProperty().get()).isZero();
        viewModel.load(spec);
        assertThat(viewModel.settings().learningRateDecayProperty().get()).isEqualTo(0.15);
        assertThat(viewModel.settings().shiftProperty().get()).isEqualTo(2);
        assertThat(viewModel.settings().strokesProperty().get()).isTrue();
    }

    @Test
    void aZeroLearningRateIsAProblemThatBlocksTraining() {
        viewModel.settings().learningRateProperty().set(0);
        assertThat(viewModel.canTrainProperty().get()).isFalse();
        assertThat(viewModel.problemTextProperty().get()).contains("learning rate");
    }

    @Test
    void denseBeforeFlattenIsNamedAtItsLayer() {
        viewModel.presetProperty().set(Presets.get("cnn-3conv"));
        int flatten = viewModel.layers().indexOf(new LayerSpec.Flatten());
        viewModel.removeLayer(flatten);

        assertThat(viewModel.canTrainProperty().get()).isFalse();
        assertThat(viewModel.problemAt(flatten)).isNotNull();
        assertThat(viewModel.problemTextProperty().get()).startsWith("layer " + flatten + " (dense)")
                .contains("add a Flatten");
        assertThat(viewModel.summaryRows()).isEmpty();
    }

    @Test
    void layersAreAddedMovedRetypedAndRemoved() {
        viewModel.addLayer(2, LayerKind.DROPOUT);
        assertThat(viewModel.layers().get(2)).isEqualTo(new LayerSpec.Dropout(LayerFields.DEFAULT_RATE));
        assertThat(viewModel.totalParamsProperty().get()).isEqualTo("Total params: 79,510");

        assertThat(viewModel.moveLayer(2, -1)).isEqualTo(1);
        assertThat(viewModel.layers().get(1)).isInstanceOf(LayerSpec.Dropout.class);

        viewModel.changeKind(1, LayerKind.DENSE);
        assertThat(viewModel.layers().get(1)).isEqualTo(new LayerSpec.Dense(LayerFields.DEFAULT_UNITS, Activation.RELU));

        viewModel.removeLayer(1);
        assertThat(viewModel.getSpec()).isEqualTo(Presets.get("mlp-100"));
    }

    @Test
    void aBadValueIsRefusedWithAMessage() {
        assertThat(viewModel.edit(1, LayerField.SIZE, "many")).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("whole number");
        assertThat(viewModel.getSpec()).isEqualTo(Presets.get("mlp-100"));
        assertThat(viewModel.edit(1, LayerField.KERNEL, "3")).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("Dense has no kernel");
    }

    @Test
    void trainHandsOnTheEditedSpecOnlyWhenItCanBeBuilt() {
        List<ArchitectureSpec> trained = new ArrayList<>();
        viewModel.setOnTrain(trained::add);
        viewModel.edit(1, LayerField.SIZE, "32");
        viewModel.train();
        viewModel.removeLayer(0);
        viewModel.train();

        assertThat(trained).hasSize(1);
        assertThat(trained.get(0).layers().get(1)).isEqualTo(new LayerSpec.Dense(32, Activation.RELU));
    }

    @Test
    void choosingTheUncenteredDatasetMakesTheInput56Pixels() {
        viewModel.settings().datasetProperty().set("mnist-uncentered-56");
        assertThat(viewModel.getSpec().input().height()).isEqualTo(56);
        // 3136·100 + 100 + 100·10 + 10
        assertThat(viewModel.totalParamsProperty().get()).isEqualTo("Total params: 314,710");
    }

    @Test
    void aSavedSpecOpensAgainWithItsEdits(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("edited.json");
        viewModel.edit(1, LayerField.SIZE, "64");
        viewModel.save(file).join();
        assertThat(SpecJson.read(file).layers().get(1)).isEqualTo(new LayerSpec.Dense(64, Activation.RELU));

        viewModel.resetToPreset();
        viewModel.open(file).join();
        assertThat(viewModel.layers().get(1)).isEqualTo(new LayerSpec.Dense(64, Activation.RELU));
        assertThat(viewModel.messageProperty().get()).isEqualTo("Opened edited.json");

        Files.writeString(file, "{\"id\": 3");
        viewModel.open(file).exceptionally(e -> null).join();
        assertThat(viewModel.messageProperty().get()).startsWith("Cannot open edited.json");
    }
}
