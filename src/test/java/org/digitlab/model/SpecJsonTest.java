package org.digitlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecJsonTest {

    static java.util.List<ArchitectureSpec> presets() {
        return Presets.all();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("presets")
    void everyPresetSurvivesAJsonRoundTrip(ArchitectureSpec preset) {
        assertThat(SpecJson.fromJson(SpecJson.toJson(preset))).isEqualTo(preset);
    }

    @Test
    void jsonUsesReadableTypeAndEnumNames() {
        String json = SpecJson.toJson(Presets.get("lenet5-small"));

        assertThat(json).contains("\"type\" : \"Conv2D\"", "\"type\" : \"MaxPooling2D\"",
                "\"type\" : \"Activation\"", "\"type\" : \"Output\"", "\"activation\" : \"sigmoid\"",
                "\"padding\" : \"valid\"", "\"optimizer\" : \"sgd\"", "\"loss\" : \"cross_entropy\"");
        assertThat(json).doesNotContain("\"kind\"");
    }

    @Test
    void malformedJsonNamesTheLine() {
        assertThatThrownBy(() -> SpecJson.fromJson("{\n  \"id\": \"x\",\n  \"layers\": [ }"))
                .isInstanceOf(SpecJsonException.class)
                .hasMessageStartingWith("Invalid architecture JSON at line 3");
    }

    @Test
    void misspelledFieldNamesItsPath() {
        // The required "units" is reported missing before the stray "unit" is looked at.
        String json = SpecJson.toJson(Presets.get("mlp-100")).replace("\"units\" : 100", "\"unit\" : 100");

        assertThatThrownBy(() -> SpecJson.fromJson(json))
                .isInstanceOf(SpecJsonException.class)
                .hasMessageMatching("Invalid architecture JSON at line \\d+, column \\d+ "
                        + "\\(field layers\\[1\\]\\.units\\): the field 'units' is missing");
    }

    @Test
    void unknownActivationListsTheAllowedOnes() {
        String json = SpecJson.toJson(Presets.get("mlp-100")).replace("\"relu\"", "\"gelu\"");

        assertThatThrownBy(() -> SpecJson.fromJson(json))
                .isInstanceOf(SpecJsonException.class)
                .hasMessageContaining("layers[1].activation")
                .hasMessageContaining("unknown Activation 'gelu'")
                .hasMessageContaining("relu, sigmoid, tanh, softmax, linear");
    }

    @Test
    void unknownFieldIsAnError() {
        String json = SpecJson.toJson(Presets.get("mlp-100"))
                .replace("\"units\" : 100,", "\"units\" : 100, \"bias\" : 1,");

        assertThatThrownBy(() -> SpecJson.fromJson(json))
                .isInstanceOf(SpecJsonException.class)
                .hasMessageContaining("field layers[1].bias")
                .hasMessageContaining("unknown field 'bias' (known fields: activation, units)");
    }

    @Test
    void missingFieldIsAnError() {
        String json = SpecJson.toJson(Presets.get("mlp-100")).replace("\"units\" : 100,", "");

        assertThatThrownBy(() -> SpecJson.fromJson(json))
                .isInstanceOf(SpecJsonException.class)
                .hasMessageContaining("units");
    }

    @Test
    void specWrittenBeforeDecayShiftAndStrokesExistedReadsWithThemOff() {
        ArchitectureSpec preset = Presets.get("cnn-3conv");
        String json = SpecJson.toJson(preset).replaceAll(",\\s*\"learningRateDecay\" : [0-9.]+", "")
                .replaceAll(",\\s*\"shiftAugmentation\" : \\d+", "")
                .replaceAll(",\\s*\"strokeAugmentation\" : false", "")
                .replaceAll(",\\s*\"augmentation\" : \"none\"", "");
        assertThat(json).doesNotContain("learningRateDecay", "shiftAugmentation", "strokeAugmentation",
                "\"augmentation\"");

        ArchitectureSpec read = SpecJson.fromJson(json);

        assertThat(read).isEqualTo(preset);
        assertThat(read.training().learningRateDecay()).isZero();
        assertThat(read.training().shiftAugmentation()).isZero();
        assertThat(read.training().strokeAugmentation()).isFalse();
        assertThat(read.training().augmentation()).isEqualTo(Augmentation.NONE);
    }

    @Test
    void drawAugmentationIsWrittenAndReadBack() {
        ArchitectureSpec preset = Presets.get("cnn-batchnorm");
        ArchitectureSpec drawn = preset.withTraining(preset.training().withAugmentation(Augmentation.DRAW));

        String json = SpecJson.toJson(drawn);

        assertThat(json).contains("\"augmentation\" : \"draw\"");
        assertThat(SpecJson.fromJson(json)).isEqualTo(drawn);
    }

    @Test
    void outOfRangeShiftIsAnErrorNamingTheField() {
        String json = SpecJson.toJson(Presets.get("cnn-3conv"))
                .replace("\"shiftAugmentation\" : 0", "\"shiftAugmentation\" : 9");

        assertThatThrownBy(() -> SpecJson.fromJson(json))
                .isInstanceOf(SpecJsonException.class)
                .hasMessageContaining("shiftAugmentation must be in 0..4 pixels, was 9");
    }

    @Test
    void writeThenReadGivesTheSameSpecAndLeavesNoTempFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("specs/cnn.json");
        ArchitectureSpec spec = Presets.get("cnn-batchnorm");

        SpecJson.write(file, spec);
        SpecJson.write(file, spec);

        assertThat(SpecJson.read(file)).isEqualTo(spec);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void unreadableFileErrorNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "not json");

        assertThatThrownBy(() -> SpecJson.read(file)).hasMessageContaining("broken.json");
    }
}
