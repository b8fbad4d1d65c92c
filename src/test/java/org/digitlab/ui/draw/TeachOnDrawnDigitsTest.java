package org.digitlab.ui.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.digitlab.RealMnist;
import org.digitlab.Slow;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.TrainTest;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.engine.Engine;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.model.SampleModels;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.FineTuning;
import org.digitlab.training.GroupFigures;
import org.digitlab.training.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's figures of the teach step: {@code cnn-3conv} on a made-up class's 240 drawings
 * ({@link ClassHandwriting}) before and after "Train more on our handwriting" with the app's
 * default settings, on MNIST's test set, the whole set and its held-out drawings. It must learn the
 * class's hand (held-out drawings better) without losing MNIST (at most half a point).
 * {@code -Ddigitlab.test.teachModel=ID} tries another sample model.
 */
@Slow
class TeachOnDrawnDigitsTest {

    private static final Engine ENGINE = Dl4jEngine.create();

    @TempDir
    Path home;

    @Test
    void teachingLearnsTheClasssHandAndKeepsMnist() throws Exception {
        DatasetStore store = new DatasetStore(home, List.of());
        CollectedSet set = ClassHandwriting.make("Made-up class", 8, 2026);
        store.collected().save(set);
        String sample = System.getProperty("digitlab.test.teachModel", "cnn-3conv");
        TrainedModel model = ENGINE.modelFiles().load(SampleModels.find(sample).orElseThrow());
        TrainTest mnist = RealMnist.trainTest();
        CollectedSet saved = store.collected().load(set.id());

        EvaluationResult before = ENGINE.evaluator().evaluate(model, saved.images());
        long start = System.nanoTime();
        FineTuning.Report report = new FineTuning(ENGINE.trainer(), ENGINE.evaluator()).run(model, mnist.train(),
                mnist.test(), saved.images(), FineTuning.Settings.DEFAULT, new TrainingListener() { });
        double seconds = (System.nanoTime() - start) / 1e9;
        EvaluationResult after = ENGINE.evaluator().evaluate(report.model(), saved.images());

        System.err.printf(Locale.ROOT, "%s on %d drawings of a made-up class, taught with the defaults in %.0f s"
                        + " (measuring included):%n  MNIST test %.2f%% -> %.2f%%; drawn, all %.1f%% -> %.1f%%;"
                        + " drawn, held out (%d) %.1f%% -> %.1f%%%n  by writer before: %s%n  by writer after:  %s%n",
                sample, saved.size(), seconds, 100 * report.before().mnistTest(), 100 * report.after().mnistTest(),
                100 * report.before().drawn(), 100 * report.after().drawn(), report.heldOut(),
                100 * report.before().heldOut(), 100 * report.after().heldOut(),
                GroupFigures.describe(GroupFigures.of(before.predictions(), saved.byWriter())),
                GroupFigures.describe(GroupFigures.of(after.predictions(), saved.byWriter())));
        assertThat(report.heldOut()).isEqualTo(48);
        assertThat(report.before().drawn()).isEqualTo(before.accuracy());
        assertThat(report.after().heldOut()).as("learnt the class's hand").isGreaterThan(report.before().heldOut());
        assertThat(report.after().mnistTest()).as("kept MNIST").isGreaterThan(report.before().mnistTest() - 0.005);
    }
}
