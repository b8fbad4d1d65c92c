package org.digitlab.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.digitlab.lesson.BuiltInLessons;
import org.digitlab.lesson.Lesson;
import org.digitlab.lesson.RunSummary;
import org.digitlab.lesson.Setting;
import org.digitlab.lesson.Setups;
import org.digitlab.lesson.StepCheck;
import org.digitlab.lesson.View;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Loss;
import org.digitlab.model.TrainingHistory;
import org.digitlab.training.RunOutcome;
import org.junit.jupiter.api.Test;

/** The Lessons panel's state against a fake window: no FX toolkit, no training. */
class LessonsViewModelTest {

    /** Records what the panel asks of the window; runs are added by the test. */
    static final class FakeWindow implements LessonWindow {
        ArchitectureSpec spec;
        Integer limit;
        View shown;
        boolean centring = true;
        final List<ArchitectureSpec> trained = new ArrayList<>();
        final List<RunSummary> runs = new ArrayList<>();

        @Override
        public ArchitectureSpec architecture() {
            return spec;
        }

        @Override
        public void setUp(ArchitectureSpec next, Integer imageLimit) {
            spec = next;
            limit = imageLimit;
        }

        @Override
        public void preprocess(Boolean centreOfMass, Boolean scaleToBox) {
            if (centreOfMass != null) {
                centring = centreOfMass;
            }
        }

        @Override
        public void show(View view) {
            shown = view;
        }

        @Override
        public void train(ArchitectureSpec next) {
            trained.add(next);
        }

        @Override
        public List<RunSummary> finishedRuns() {
            return List.copyOf(runs);
        }

        @Override
        public Map<Setting, String> settings() {
            Map<Setting, String> settings = new EnumMap<>(Setting.class);
            settings.put(Setting.VIEW, shown == null ? "draw" : shown.jsonName());
            settings.put(Setting.CENTRE_OF_MASS, String.valueOf(centring));
            return settings;
        }

        void finish(ArchitectureSpec run, double testAccuracy) {
            runs.add(new RunSummary(run, RunOutcome.COMPLETED, TrainingHistory.EMPTY, 0, testAccuracy));
        }
    }

    private final FakeWindow window = new FakeWindow();
    private final LessonsViewModel model = new LessonsViewModel(window, BuiltInLessons.all());

    @Test
    void listsTheFiveBuiltInLessonsAndOpensAtTheFirstStep() {
        assertThat(model.lessons()).extracting(Lesson::id).containsExactly("000", "001", "002", "003", "004");
        model.open(BuiltInLessons.get("002"));
        assertThat(model.steps()).hasSize(6);
        assertThat(model.stepIndexProperty().get()).isZero();
        assertThat(model.progressTextProperty().get()).isEqualTo("0 of 6 steps done");
        assertThat(model.hasPreviousProperty().get()).isFalse();
        assertThat(model.hasNextProperty().get()).isTrue();
    }

    @Test
    void setUpAppliesTheActionAndAnAutoStepTrainsAtOnce() {
        model.open(BuiltInLessons.get("002"));
        model.setUp();
        assertThat(window.spec.id()).isEqualTo("mlp-sigmoid-mse");
        assertThat(window.spec.training().epochs()).isEqualTo(5);
        assertThat(window.limit).isZero();
        assertThat(window.shown).isEqualTo(View.TRAINING);
        assertThat(window.trained).containsExactly(window.spec);
    }

    @Test
    void aStepTurnsGreenOnceARunMeetsItsCheckAndStaysGreen() {
        model.open(BuiltInLessons.get("002"));
        model.setUp();
        assertThat(model.steps().get(0).isPassed()).isFalse();
        assertThat(model.verdictProperty().get()).startsWith("Not yet");
        window.finish(window.spec, 0.11);
        model.refresh();
        assertThat(model.steps().get(0).isPassed()).isTrue();
        assertThat(model.verdictProperty().get()).startsWith("Done");
        assertThat(model.progressTextProperty().get()).isEqualTo("1 of 6 steps done");
        window.finish(window.spec, 0.5);
        model.refresh();
        assertThat(model.steps().get(0).isPassed()).as("a pass is kept").isTrue();
        assertThat(model.verdictProperty().get()).startsWith("Done earlier");
    }

    @Test
    void theCentringStepSwitchesCentringOnAndPassesOnceAStudentSwitchesItOff() {
        model.open(BuiltInLessons.get("004"));
        model.select(3);
        assertThat(model.stepProperty().get().step().id()).isEqualTo("preprocessing");
        window.centring = false;
        model.refresh();
        assertThat(model.stepProperty().get().isPassed()).as("not before Set up").isFalse();
        model.setUp();
        assertThat(window.centring).as("the step starts from MNIST's preprocessing").isTrue();
        assertThat(window.shown).isEqualTo(View.PREPROCESSING);
        model.refresh();
        assertThat(model.stepProperty().get().isPassed()).isFalse();
        window.centring = false;
        model.refresh();
        assertThat(model.stepProperty().get().isPassed()).isTrue();
    }

    @Test
    void aStepLooksOnlyAtRunsAfterItWasShown() {
        model.open(BuiltInLessons.get("002"));
        ArchitectureSpec crossEntropy = Setups.apply(BuiltInLessons.get("002").steps().get(1).solution(),
                Setups.apply(BuiltInLessons.get("002").steps().get(1).action().setup(), null));
        assertThat(crossEntropy.training().loss()).isEqualTo(Loss.CROSS_ENTROPY);
        window.finish(crossEntropy, 0.7);
        model.next();
        assertThat(model.steps().get(1).isPassed()).as("the run came before the step").isFalse();
        model.setUp();
        assertThat(window.trained).as("a student step waits for Train").isEmpty();
        window.finish(window.spec, 0.7);
        model.refresh();
        assertThat(model.steps().get(1).isPassed()).as("an MSE run does not pass the loss step").isFalse();
        window.finish(crossEntropy, 0.7);
        model.refresh();
        assertThat(model.steps().get(1).isPassed()).isTrue();
        assertThat(model.steps().get(0).isPassed()).as("students may go ahead of a step").isFalse();
    }

    @Test
    void aDiscussionPassesWhenMarkedDone() {
        Lesson lesson = BuiltInLessons.get("001");
        model.open(lesson);
        int discussion = java.util.stream.IntStream.range(0, lesson.steps().size())
                .filter(i -> lesson.steps().get(i).check() instanceof StepCheck.Discussed).findFirst().orElseThrow();
        model.select(discussion);
        assertThat(model.isDiscussion()).isTrue();
        assertThat(model.steps().get(discussion).isPassed()).isFalse();
        model.markDiscussed();
        assertThat(model.steps().get(discussion).isPassed()).isTrue();
    }

    @Test
    void aLessonFileOpensAndABadOneIsNamedWithItsStepAndField(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path good = dir.resolve("mine.json");
        Files.writeString(good, BuiltInLessons.text("002"));
        model.openFile(good, Runnable::run, Runnable::run).join();
        assertThat(model.lessonProperty().get().id()).isEqualTo("002");
        assertThat(model.messageProperty().get()).isEmpty();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, BuiltInLessons.text("002").replaceFirst("\"epochs\": 5", "\"epochs\": 0"));
        model.openFile(bad, Runnable::run, Runnable::run).handle((ok, error) -> null).join();
        assertThat(model.messageProperty().get()).startsWith(bad.toString() + ": step 1")
                .contains("field action.setup.epochs").doesNotContain("\n");
        assertThat(model.lessonProperty().get().id()).as("the open lesson stays").isEqualTo("002");
    }
}
