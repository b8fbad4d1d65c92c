package org.digitlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.TrainingChecks;
import org.junit.jupiter.api.Test;

/** The five lessons that ship: one per notebook, each loads, validates and can train what it trains. */
class BuiltInLessonsTest {

    @Test
    void fiveLessonsOnePerNotebookInOrder() {
        assertThat(BuiltInLessons.all()).extracting(Lesson::id).containsExactly("000", "001", "002", "003", "004");
        assertThat(BuiltInLessons.all()).extracting(Lesson::notebook).containsExactly("000", "001", "002", "003", "004");
        assertThat(BuiltInLessons.all()).extracting(Lesson::title).containsExactly("Build LeNet-5",
                "Where is the digit?", "Why won't it learn?", "When to stop", "What does the network think?");
    }

    @Test
    void everyLessonTrainsSomethingAndEveryTrainingStepCanTrain() {
        for (Lesson lesson : BuiltInLessons.all()) {
            assertThat(lesson.trainingSteps()).as(lesson.id()).isPositive();
            assertThat(lesson.minutes()).isEqualTo(45);
            for (LessonPlan.Planned planned : LessonPlan.of(lesson)) {
                if (planned.step().action().trains()) {
                    assertThat(ModelSummary.validate(planned.architecture())).as(planned.step().id()).isEmpty();
                    assertThat(TrainingChecks.problems(planned.architecture())).as(planned.step().id()).isEmpty();
                }
            }
        }
    }

    @Test
    void lenetStartsUnfinishedAndTheSolutionHasTheNotebooksParameters() {
        LessonStep complete = BuiltInLessons.get("000").steps().get(0);
        var unfinished = complete.action().setup().spec();
        assertThat(ModelSummary.of(unfinished).totalParams()).isEqualTo(5_016);
        CheckEvaluator evaluator = new CheckEvaluator();
        Observation before = new Observation(unfinished, null, 0, Map.of(), null);
        assertThat(evaluator.evaluate(complete, before).reason())
                .isEqualTo("the network has 5,016 parameters, not 44,300");
        var solved = Setups.apply(complete.solution(), unfinished);
        assertThat(evaluator.evaluate(complete, new Observation(solved, null, 0, Map.of(), null)).passed()).isTrue();
    }

    @Test
    void lessonTwoChangesOneThingAtATimeFromTheStuckNetwork() {
        List<LessonPlan.Planned> plan = LessonPlan.of(BuiltInLessons.get("002"));
        assertThat(plan).hasSize(6);
        var stuck = plan.get(0).architecture().training();
        var loss = plan.get(1).architecture().training();
        var optimizer = plan.get(2).architecture().training();
        assertThat(loss.loss()).isNotEqualTo(stuck.loss());
        assertThat(loss.optimizer()).isEqualTo(stuck.optimizer());
        assertThat(optimizer.optimizer()).isNotEqualTo(stuck.optimizer());
        assertThat(optimizer.loss()).isEqualTo(stuck.loss());
        assertThat(plan.get(3).architecture().layers()).isNotEqualTo(plan.get(0).architecture().layers());
        assertThat(plan).allMatch(p -> p.step().action().trains());
    }

    @Test
    void theLessonFilesAreSmall() {
        for (Lesson lesson : BuiltInLessons.all()) {
            assertThat(BuiltInLessons.text(lesson.id()).length()).isLessThan(20_000);
        }
    }
}
