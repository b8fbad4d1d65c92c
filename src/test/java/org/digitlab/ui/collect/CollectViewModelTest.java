package org.digitlab.ui.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.data.collected.CollectedSets;
import org.digitlab.ui.strokes.Stroke;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collect mode's state with direct executors and a temporary datasets folder: no window. */
class CollectViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private CollectViewModel model(CollectedSets sets) {
        return new CollectViewModel(Runnable::run, Runnable::run, sets, CLOCK, new Random(3));
    }

    @Test
    void theTenDigitsAreAskedOnceEachBeforeAnyAgain() {
        CollectViewModel model = model(new CollectedSets(folder));
        for (int round = 0; round < 3; round++) {
            Set<Integer> asked = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                asked.add(model.labelProperty().get());
                model.skip();
            }
            assertThat(asked).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
    }

    @Test
    void keepStoresTheDrawingAsTheDigitAskedAndSavesTheSet() throws Exception {
        CollectedSets sets = new CollectedSets(folder);
        CollectViewModel model = model(sets);
        model.setNameProperty().set("Class 7B");
        model.writerProperty().set("Ana");
        int asked = model.labelProperty().get();
        AtomicInteger cleared = new AtomicInteger();
        List<Stroke> one = List.of(new Stroke(List.of(200.0, 205.0, 210.0), List.of(60.0, 200.0, 340.0), 26));

        model.keep(one, cleared::incrementAndGet).get();

        assertThat(cleared.get()).isEqualTo(1);
        assertThat(model.setIdProperty().get()).isEqualTo("drawn-class-7b");
        assertThat(model.countsProperty().get()[asked]).isEqualTo(1);
        assertThat(model.labelProperty().get()).isNotEqualTo(asked);
        assertThat(model.statusProperty().get()).isEqualTo("Kept a " + asked + " by Ana: 1 drawing in 'Class 7B'");
        CollectedSet saved = sets.load("drawn-class-7b");
        assertThat(saved.drawings()).singleElement().satisfies(d -> {
            assertThat(d.label()).isEqualTo(asked);
            assertThat(d.writer()).isEqualTo("Ana");
            assertThat(d.drawn()).isEqualTo(CLOCK.instant());
            assertThat(d.strokes()).singleElement().satisfies(s -> assertThat(s.x()).containsExactly(200, 205, 210));
            // A vertical bar, centred as MNIST's digits: ink in the middle columns, none at the edges
            byte[] image = d.image();
            assertThat(image[14 * 28 + 14] & 0xFF).isGreaterThan(128);
            assertThat(image[14 * 28 + 2]).isZero();
        });
    }

    @Test
    void aChosenDigitIsKeptAsChosenAndNothingIsKeptWithoutOne() throws Exception {
        CollectedSets sets = new CollectedSets(folder);
        CollectViewModel model = model(sets);
        SimpleBooleanProperty blank = new SimpleBooleanProperty(false);
        model.orderProperty().set(CollectViewModel.Order.CHOSEN);
        assertThat(model.canKeep(blank).get()).as("no digit chosen").isFalse();
        assertThat(model.promptProperty().get()).isEqualTo("Pick a digit to draw");

        model.chosenProperty().set(4);
        assertThat(model.canKeep(blank).get()).isTrue();
        assertThat(model.promptProperty().get()).isEqualTo("Draw a 4");
        List<Stroke> strokes = new ArrayList<>(List.of(new Stroke(List.of(100.0, 300.0), List.of(200.0, 210.0), 26)));
        model.keep(strokes, () -> { }).get();
        model.keep(strokes, () -> { }).get();

        assertThat(sets.load(CollectedSet.idFor(CollectViewModel.DEFAULT_SET)).counts()[4]).isEqualTo(2);
        assertThat(model.countsTextProperty().get()).startsWith("0: 0  1: 0").endsWith("(2 in all)");
    }
}
