package org.digitlab.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TrainedModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model list: each model once, and two models of one name told apart. No toolkit, no loading. */
class ModelSelectionTest {

    /** Loading is not what these tests look at: it never runs. */
    private static final Executor NEVER = task -> { };

    @TempDir
    Path dir;

    private final Preferences preferences = Preferences.userRoot().node("digitlab-test-" + UUID.randomUUID());
    private final ModelSelection models = new ModelSelection(NEVER, Runnable::run, new NoFiles(), model -> null,
            preferences);

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void theRememberedSampleModelOfAnotherInstallationIsListedOnce() throws Exception {
        Path sample = write(dir.resolve("app/sample-models/cnn-3conv.zip"), "weights");
        Path other = write(dir.resolve("old-app/sample-models/cnn-3conv.zip"), "weights");
        preferences.put(ModelSelection.PREFERENCE_KEY, other.toString());

        models.start(List.of(sample), "cnn-3conv");

        assertThat(models.entries()).extracting(ModelEntry::name).containsExactly("cnn-3conv");
        assertThat(models.selectedProperty().get().file()).isEqualTo(sample);
    }

    @Test
    void anotherModelOfTheSameNameIsToldApartByItsFolder() throws Exception {
        Path sample = write(dir.resolve("sample-models/cnn-3conv.zip"), "weights");
        Path mine = write(dir.resolve("Documents/cnn-3conv.zip"), "other weights");

        models.start(List.of(sample), "cnn-3conv");
        models.open(mine);

        assertThat(models.entries()).extracting(ModelEntry::name)
                .containsExactly("cnn-3conv", "cnn-3conv (Documents)");
        models.open(dir.resolve("Documents/../Documents/cnn-3conv.zip"));
        assertThat(models.entries()).hasSize(2);
    }

    @Test
    void usingTheSameTrainedModelTwiceListsItOnce() {
        TrainedModel run = new NoModel();
        models.use("#1 cnn-3conv", run);
        models.use("#1 cnn-3conv", run);

        assertThat(models.entries()).extracting(ModelEntry::name).containsExactly("#1 cnn-3conv");
    }

    private static Path write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** Only its identity matters here. */
    private static final class NoModel implements TrainedModel {
        @Override
        public org.digitlab.model.ArchitectureSpec spec() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.digitlab.model.ModelMetadata metadata() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.digitlab.model.TrainingHistory history() {
            throw new UnsupportedOperationException();
        }

        @Override
        public TrainedModel withMetadata(org.digitlab.model.ModelMetadata newMetadata) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class NoFiles implements ModelFiles {
        @Override
        public void save(TrainedModel model, Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TrainedModel load(Path file) {
            throw new UnsupportedOperationException();
        }
    }
}
