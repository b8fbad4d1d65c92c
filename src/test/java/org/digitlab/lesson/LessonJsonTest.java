package org.digitlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lesson reader's refusals: each names the file, the step and the field, says what to do, and
 * is one line. Each case edits one value of built-in lesson 002 (or 000, whose first step holds a spec).
 */
class LessonJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "my-lesson.json";

    /** The message for lesson {@code id} with one edit, asserting it is refused. */
    private static String refusal(String id, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode lesson = (ObjectNode) JSON.readTree(BuiltInLessons.text(id));
        edit.accept(lesson);
        byte[] bytes = JSON.writeValueAsBytes(lesson);
        try {
            LessonJson.fromJson(bytes, FILE);
        } catch (LessonFileException e) {
            assertThat(e.getMessage()).startsWith(FILE + ": ").doesNotContain("\n").doesNotContain("org.digitlab");
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + new String(bytes, StandardCharsets.UTF_8));
    }

    private static ObjectNode step(ObjectNode lesson, int index) {
        return (ObjectNode) lesson.get("steps").get(index);
    }

    private static ObjectNode setup(ObjectNode lesson, int index) {
        return (ObjectNode) step(lesson, index).get("action").get("setup");
    }

    @Test
    void aPictureOpenedAsALessonIsCalledNotALessonFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> LessonJson.fromJson(png, FILE)).isInstanceOf(LessonFileException.class)
                .hasMessage(FILE + ": not a lesson file: a lesson is JSON text starting with '{', and this is not"
                        + " text (a picture or another kind of file?)");
    }

    @Test
    void epochsOutOfRangeNameTheStepAndFieldAndTheRange() throws Exception {
        assertThat(refusal("002", l -> setup(l, 2).put("epochs", 0)))
                .isEqualTo(FILE + ": step 3 'optimizer', field action.setup.epochs: got 0; use 1 to 200, e.g. 5");
    }

    @Test
    void aMistypedFieldIsNamedWithTheFieldsThereAre() throws Exception {
        assertThat(refusal("002", l -> setup(l, 1).put("epoch", 5)))
                .startsWith(FILE + ": step 2 'loss', field action.setup.epoch: unknown field 'epoch'")
                .contains("known fields: ").contains("epochs");
    }

    @Test
    void anUnknownCheckTypeListsTheTypes() throws Exception {
        assertThat(refusal("002", l -> ((ObjectNode) step(l, 1).get("check")).put("type", "accuracy-atleast")))
                .startsWith(FILE + ": step 2 'loss', field check: unknown check type 'accuracy-atleast'")
                .contains("accuracy-at-least, accuracy-at-most");
    }

    @Test
    void aCheckWithoutATypeSaysSo() throws Exception {
        assertThat(refusal("002", l -> ((ObjectNode) step(l, 0).get("check")).remove("type")))
                .contains("step 1 'stuck', field check: the check has no \"type\"");
    }

    @Test
    void anUnknownPresetListsThePresets() throws Exception {
        assertThat(refusal("002", l -> setup(l, 0).put("preset", "mlp-sigmod")))
                .startsWith(FILE + ": step 1 'stuck', field action.setup.preset: No preset 'mlp-sigmod'")
                .contains("mlp-sigmoid-mse");
    }

    @Test
    void anUnknownDatasetListsTheDatasets() throws Exception {
        assertThat(refusal("003", l -> setup(l, 2).put("dataset", "fashion")))
                .startsWith(FILE + ": step 3 'fashion', field action.setup.dataset: ")
                .contains("fashion-mnist");
    }

    @Test
    void aCheckOnAnUnknownDatasetIsNamed() throws Exception {
        assertThat(refusal("001", l -> ((ObjectNode) step(l, 2).get("check").get("checks").get(0))
                .put("dataset", "mnist-moved")))
                .startsWith(FILE + ": step 3 'mlp-moved', field check.dataset: ").contains("mnist-uncentered-56");
    }

    @Test
    void aMissingTitleIsNamed() throws Exception {
        assertThat(refusal("002", l -> step(l, 3).remove("title")))
                .isEqualTo(FILE + ": step 4 'activation', field title: is missing; give it a value");
    }

    @Test
    void anEmptyTextToDoIsNamed() throws Exception {
        assertThat(refusal("002", l -> ((ObjectNode) step(l, 0).get("text")).put("do", " ")))
                .isEqualTo(FILE + ": step 1 'stuck', field text.do: is missing; give it a value");
    }

    @Test
    void anUnknownControlListsTheControls() throws Exception {
        assertThat(refusal("002", l -> ((ArrayNode) step(l, 3).get("action").get("locked")).add("learning-rat")))
                .startsWith(FILE + ": step 4 'activation', field action.locked[")
                .contains("unknown control 'learning-rat'").contains("learning-rate");
    }

    @Test
    void aControlBothLockedAndHiddenIsRefused() throws Exception {
        assertThat(refusal("002", l -> ((ArrayNode) step(l, 0).get("action").get("hidden")).add("loss")))
                .contains("step 1 'stuck', field action.locked: 'loss' is both locked and hidden");
    }

    @Test
    void unitsThatDoNotMatchTheHiddenLayersAreRefused() throws Exception {
        assertThat(refusal("002", l -> ((ObjectNode) step(l, 4).get("solution")).putArray("units").add(1).add(2).add(3)))
                .isEqualTo(FILE + ": step 5 'units', field solution.units: gives 3 sizes but mlp-sigmoid-mse has 2"
                        + " hidden Dense layers; give one number for each");
    }

    @Test
    void aValidationCheckOnATrainTestSplitIsRefused() throws Exception {
        assertThat(refusal("002", l -> ((ObjectNode) step(l, 0).get("check")).put("on", "validation")))
                .contains("step 1 'stuck', field check: needs validation figures, but the run's split is train-test");
    }

    @Test
    void aRunCheckBeforeAnyTrainingStepIsRefused() throws Exception {
        assertThat(refusal("004", l -> ((ObjectNode) step(l, 0).get("action")).put("train", "none")))
                .contains("step 1 'train', field check: looks at the last run, but no step up to here trains");
    }

    @Test
    void aTextWhereANumberBelongsIsNamed() throws Exception {
        assertThat(refusal("002", l -> l.put("minutes", "lots")))
                .isEqualTo(FILE + ": field minutes: expected a whole number, found \"lots\"");
    }

    @Test
    void aFractionOfAnEpochIsRefused() throws Exception {
        assertThat(refusal("002", l -> setup(l, 0).put("epochs", 2.5)))
                .contains("step 1 'stuck', field action.setup.epochs: expected a whole number, found 2.5");
    }

    @Test
    void twoStepsWithOneIdAreRefused() throws Exception {
        assertThat(refusal("002", l -> step(l, 1).put("id", "stuck")))
                .contains("step 2 'stuck', field id: 'stuck' is the id of step 1 too");
    }

    @Test
    void anAccuracyAboveOneIsRefused() throws Exception {
        assertThat(refusal("002", l -> ((ObjectNode) step(l, 0).get("check")).put("value", 20)))
                .contains("step 1 'stuck', field check.value: got 20.0; give a share between 0 and 1");
    }

    @Test
    void aLessonWithoutStepsIsRefused() throws Exception {
        assertThat(refusal("002", l -> l.putArray("steps")))
                .isEqualTo(FILE + ": field steps: is empty; a lesson needs at least one step");
    }

    @Test
    void aNewerFormatIsRefused() throws Exception {
        assertThat(refusal("002", l -> l.put("format", 2))).contains("field format: got 2; this Digit Lab reads format 1");
    }

    @Test
    void anErrorInsideAnInlineSpecNamesTheSpecsField() throws Exception {
        String message = refusal("000", l -> ((ObjectNode) setup(l, 0).get("spec").get("layers").get(0))
                .put("filters", "six"));
        assertThat(message).startsWith(FILE + ": step 1 'complete', field action.setup.spec.layers[0].filters: ")
                .contains("expected a whole number, found \"six\"");
    }

    @Test
    void aPresetAndASpecTogetherAreRefused() throws Exception {
        assertThat(refusal("000", l -> setup(l, 0).put("preset", "lenet5-small")))
                .contains("step 1 'complete', field action.setup.preset: a setup gives a preset or a spec, not both");
    }

    @Test
    void aStepThatCannotTrainNamesTheProblem() throws Exception {
        assertThat(refusal("002", l -> setup(l, 0).put("dataset", "mnist-uncentered-56")))
                .contains("step 1 'stuck', field action.setup: mlp-sigmoid-mse cannot train as set up: input shape:");
    }

    @Test
    void aTruncatedFileSaysSo() {
        byte[] cut = BuiltInLessons.text("002").substring(0, 300).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LessonJson.fromJson(cut, FILE)).isInstanceOf(LessonFileException.class)
                .hasMessageContaining(FILE + ": ").hasMessageContaining("ends too early");
    }

    @Test
    void notJsonSaysWhere() {
        byte[] text = "Lesson 1: draw a 7".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LessonJson.fromJson(text, FILE))
                .hasMessageStartingWith(FILE + ": not a valid lesson file at line 1, column");
    }

    @Test
    void aFileOverTheCeilingIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path big = Files.write(dir.resolve("big.json"), new byte[LessonLimits.MAX_FILE_BYTES + 1]);
        assertThatThrownBy(() -> LessonJson.read(big)).isInstanceOf(LessonFileException.class)
                .hasMessageStartingWith(big + ": larger than 256 KB, which no lesson is");
    }

    @Test
    void aMissingFileAndAFolderAreNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> LessonJson.read(dir.resolve("none.json"))).hasMessageEndingWith("none.json: no such file");
        assertThatThrownBy(() -> LessonJson.read(dir)).hasMessageEndingWith(": a folder, not a lesson file");
    }

    @Test
    void everyBuiltInLessonSurvivesWritingAndReadingBack() {
        for (Lesson lesson : BuiltInLessons.all()) {
            String json = LessonJson.toJson(lesson);
            assertThat(LessonJson.fromJson(json.getBytes(StandardCharsets.UTF_8), "copy.json")).isEqualTo(lesson);
        }
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        String minimal = """
                {"id": "mine", "title": "A first run", "question": "Does it learn?", "minutes": 20,
                 "steps": [{"id": "run", "title": "Train", "text": {"do": "Press Train."},
                            "action": {"setup": {"preset": "mlp-100", "epochs": 1, "limit": 2000}, "train": "auto"},
                            "check": {"type": "run-finished"}}]}""";
        Lesson lesson = LessonJson.fromJson(minimal.getBytes(StandardCharsets.UTF_8), FILE);
        assertThat(lesson.steps().get(0).text().lookFor()).isEmpty();
        assertThat(lesson.steps().get(0).action().locked()).isEmpty();
        assertThat(lesson.steps().get(0).solution()).isEqualTo(Setup.NONE);
        JsonNode written = readTree(LessonJson.toJson(lesson));
        assertThat(written.get("format").asInt()).isEqualTo(Lesson.FORMAT);
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
