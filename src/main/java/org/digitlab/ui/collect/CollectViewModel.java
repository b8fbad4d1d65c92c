package org.digitlab.ui.collect;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.data.collected.CollectedSets;
import org.digitlab.data.collected.Drawing;
import org.digitlab.ui.common.ErrorMessages;
import org.digitlab.ui.strokes.Stroke;

/**
 * Collect mode: the app asks for a digit (the ten in a shuffled order, again and again, or the one
 * the student picks), and "Keep" stores the drawing (its strokes, and the 28×28 image MNIST's
 * preprocessing makes of it, as the Draw view's model reads it) with its label and the writer's
 * name in the named set, which is saved at once in the datasets folder. The counts of each digit
 * follow. Reading and writing the set run on the background executor, one at a time, in
 * {@link SetKeeper}; the shuffled order of the prompts is {@link ShuffledDigits}'.
 */
public final class CollectViewModel {

    /** How the digit to draw is chosen. */
    public enum Order {
        SHUFFLED("asks in turn"), CHOSEN("I choose");

        private final String text;

        Order(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The set a class starts with; renamed in the Set field. */
    public static final String DEFAULT_SET = "Our class";

    private final Executor background;
    private final Executor fx;
    private final SetKeeper keeper;
    private final ShuffledDigits shuffled;

    private final StringProperty setName = new SimpleStringProperty(this, "setName", DEFAULT_SET);
    private final StringProperty writer = new SimpleStringProperty(this, "writer", "");
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(this, "order", Order.SHUFFLED);
    private final ObjectProperty<Integer> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyObjectWrapper<Integer> asked = new ReadOnlyObjectWrapper<>(this, "asked");
    private final ReadOnlyObjectWrapper<int[]> counts = new ReadOnlyObjectWrapper<>(this, "counts",
            new int[Drawing.DIGITS]);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper setId = new ReadOnlyStringWrapper(this, "setId");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectBinding<Integer> label;
    private final StringBinding prompt;
    private final StringBinding countsText;
    private long generation;

    public CollectViewModel(Executor background, Executor fx, CollectedSets sets, Clock clock, Random random) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.keeper = new SetKeeper(Objects.requireNonNull(sets, "sets"), Objects.requireNonNull(clock, "clock"));
        this.shuffled = new ShuffledDigits(Objects.requireNonNull(random, "random"));
        label = Bindings.createObjectBinding(() -> order.get() == Order.SHUFFLED ? asked.get() : chosen.get(),
                order, asked, chosen);
        prompt = Bindings.createStringBinding(() -> label.get() == null ? "Pick a digit to draw"
                : "Draw a " + label.get(), label);
        countsText = Bindings.createStringBinding(() -> describe(counts.get()), counts);
        asked.set(shuffled.next());
        setName.addListener((obs, old, now) -> reload());
    }

    // --- properties

    /** The set's name: the drawings go into the set of this name, made when the first is kept. */
    public StringProperty setNameProperty() {
        return setName;
    }

    /** Who draws; optional. The Evaluation view gives each writer's accuracy. */
    public StringProperty writerProperty() {
        return writer;
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** The digit the student picked, in {@link Order#CHOSEN}. */
    public ObjectProperty<Integer> chosenProperty() {
        return chosen;
    }

    /** The digit the drawing is kept as: the one asked for, or the one picked; null when none. */
    public ObjectBinding<Integer> labelProperty() {
        return label;
    }

    /** "Draw a 7". */
    public StringBinding promptProperty() {
        return prompt;
    }

    /** How many drawings of each digit the set holds. */
    public ReadOnlyObjectProperty<int[]> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** "0: 3 · 1: 2 · … — 12 in all". */
    public StringBinding countsTextProperty() {
        return countsText;
    }

    /** What the last keep did, or why it could not. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The id of the set in the datasets folder once it has a drawing, else null. */
    public ReadOnlyStringProperty setIdProperty() {
        return setId.getReadOnlyProperty();
    }

    /** Reading or writing the set. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A drawing can be kept: a digit is asked or picked, and the set is not being written. */
    public BooleanBinding canKeep(ObservableBooleanValue blank) {
        return Bindings.createBooleanBinding(() -> !blank.get() && label.get() != null && !busy.get(),
                blank, label, busy);
    }

    // --- commands

    /**
     * Keeps the drawing as the digit asked (or picked) and saves the set; then asks for the next
     * digit and runs {@code kept} on the FX thread (the Draw view clears the canvas).
     *
     * @return completes on the FX thread once saved (or refused)
     */
    public CompletableFuture<Void> keep(List<Stroke> strokes, Runnable kept) {
        Integer digit = label.get();
        String name = setName.get();
        String who = writer.get();
        if (digit == null || strokes.isEmpty() || busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        List<Stroke> snapshot = List.copyOf(strokes);
        busy.set(true);
        long mine = ++generation;
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> keeper.keep(snapshot, digit, name, who), background)
                .whenCompleteAsync((saved, error) -> {
                    busy.set(false);
                    if (error != null) {
                        status.set("Not kept: " + ErrorMessages.of(error));
                    } else if (saved == null) {
                        status.set("Not kept: no digit on the canvas (too small?): draw it bigger");
                    } else {
                        show(saved, mine);
                        status.set(String.format(Locale.ROOT, "Kept a %d%s: %d %s in '%s'", digit,
                                who.isBlank() ? "" : " by " + who.strip(), saved.size(),
                                saved.size() == 1 ? "drawing" : "drawings", saved.name()));
                        if (order.get() == Order.SHUFFLED) {
                            asked.set(shuffled.next());
                        }
                        kept.run();
                    }
                    done.complete(null);
                }, fx);
        return done;
    }

    /** Shows a line in the status (what an export or import did). */
    public void say(String message) {
        status.set(message);
    }

    /** Asks for another digit without keeping the drawing. */
    public void skip() {
        asked.set(shuffled.next());
    }

    /** Reads the named set's counts again (e.g. after an import). */
    public void reload() {
        String name = setName.get();
        long mine = ++generation;
        CompletableFuture.supplyAsync(() -> keeper.read(name), background).whenCompleteAsync((read, error) -> {
            if (error != null) {
                status.set("Cannot read the set: " + ErrorMessages.of(error));
            } else if (read != null) {
                show(read, mine);
            }
        }, fx);
    }

    // --- internals

    private void show(CollectedSet shown, long mine) {
        if (mine != generation) {
            return; // a newer read or keep won
        }
        counts.set(shown.counts());
        setId.set(shown.size() == 0 ? null : shown.id());
    }

    static String describe(int[] counts) {
        StringBuilder sb = new StringBuilder();
        int total = 0;
        for (int digit = 0; digit < counts.length; digit++) {
            sb.append(digit == 0 ? "" : "  ").append(digit).append(": ").append(counts[digit]);
            total += counts[digit];
        }
        return sb.append("  (").append(total).append(" in all)").toString();
    }
}
