package org.digitlab.ui.draw;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitlab.inference.GrayImage;
import org.digitlab.inference.Prediction;
import org.digitlab.lesson.Fool;
import org.digitlab.lesson.FoolGallery;
import org.digitlab.lesson.FoolStore;
import org.digitlab.ui.common.ErrorMessages;

/**
 * The "break the model" challenge: the student says which digit they drew; when the model reads
 * another one, the drawing can be kept as a fool in a bounded {@link FoolStore}, shown in the
 * gallery and exported for the class. The store is the truth; {@link #fools()} mirrors it for the
 * gallery's list, refreshed after each change on the FX thread.
 */
public final class ChallengeViewModel {

    /** A model loaded from a file always has a name; this only covers a picker not bound yet. */
    static final String UNNAMED = "unnamed model";

    private final Executor background;
    private final Executor fx;
    private final Clock clock;
    private final FoolStore store;
    private final Supplier<GrayImage> drawing;
    private final ObjectProperty<Integer> intended = new SimpleObjectProperty<>(this, "intended");
    private final ObjectProperty<Prediction> prediction = new SimpleObjectProperty<>(this, "prediction");
    private final StringProperty modelName = new SimpleStringProperty(this, "modelName", "");
    private final ObservableList<Fool> fools = FXCollections.observableArrayList();
    private final ObservableList<Fool> foolsView = FXCollections.unmodifiableObservableList(fools);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final BooleanBinding canKeep = Bindings.createBooleanBinding(this::differs, intended, prediction);
    private final BooleanBinding canExport = Bindings.isNotEmpty(fools).and(exporting.not());
    private final StringBinding galleryTitle = Bindings.createStringBinding(() -> "Fools (" + fools.size() + ")",
            fools);

    /**
     * @param drawing the current drawing as the canvas shows it (black ink on white paper)
     */
    public ChallengeViewModel(Executor background, Executor fx, Clock clock, FoolStore store,
            Supplier<GrayImage> drawing) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.drawing = Objects.requireNonNull(drawing, "drawing");
        fools.setAll(store.fools());
    }

    // --- properties

    /** The digit the student says they drew, or null before they choose. */
    public ObjectProperty<Integer> intendedProperty() {
        return intended;
    }

    /** The model's latest answer for the drawing; bound to the Draw view's prediction. */
    public ObjectProperty<Prediction> predictionProperty() {
        return prediction;
    }

    /** The model's name as the model picker shows it, written into each fool. */
    public StringProperty modelNameProperty() {
        return modelName;
    }

    /** The model read something other than the digit the student drew: the drawing is a fool. */
    public BooleanBinding canKeepProperty() {
        return canKeep;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** "Fools (3)": the gallery's tab. */
    public StringBinding galleryTitleProperty() {
        return galleryTitle;
    }

    /** The fools kept, oldest first, at most the store's capacity. */
    public ObservableList<Fool> fools() {
        return foolsView;
    }

    /** What the last keep or export did, in a line ("Exported 3 fools to …"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public FoolStore store() {
        return store;
    }

    // --- commands

    /** Keeps the drawing as a fool; does nothing unless {@link #canKeepProperty()} holds. */
    public void keep() {
        if (!canKeep.get()) {
            return;
        }
        Prediction answer = prediction.get();
        String model = modelName.get() == null || modelName.get().isBlank() ? UNNAMED : modelName.get();
        Fool fool = Fool.of(drawing.get(), intended.get(), answer, model, clock.instant());
        store.add(fool);
        fools.setAll(store.fools());
        status.set(String.format(Locale.ROOT, "Kept: you drew %d, the model said %d", fool.intended(),
                fool.answer()));
    }

    public void remove(Fool fool) {
        store.remove(fool);
        fools.setAll(store.fools());
    }

    /** Writes every fool as a PNG and {@code fools.csv} into {@code folder}, off the FX thread. */
    public void export(Path folder) {
        if (exporting.get() || fools.isEmpty()) {
            return;
        }
        List<Fool> snapshot = store.fools();
        exporting.set(true);
        status.set("Exporting " + snapshot.size() + " fools…");
        background.execute(() -> {
            String done;
            try {
                FoolGallery.export(snapshot, folder);
                done = "Exported " + snapshot.size() + (snapshot.size() == 1 ? " fool" : " fools") + " to " + folder;
            } catch (Exception e) {
                done = "Export failed: " + ErrorMessages.of(e);
            }
            String message = done;
            fx.execute(() -> {
                status.set(message);
                exporting.set(false);
            });
        });
    }

    /** A fool's drawing as the Draw view opens images: square, values 0..1, ink bright. */
    public static float[] inkImage(Fool fool) {
        int side = Math.max(fool.width(), fool.height());
        float[] image = new float[side * side];
        int left = (side - fool.width()) / 2;
        int top = (side - fool.height()) / 2;
        for (int y = 0; y < fool.height(); y++) {
            for (int x = 0; x < fool.width(); x++) {
                image[(y + top) * side + x + left] = 1f - fool.pixel(x, y) / GrayImage.WHITE;
            }
        }
        return image;
    }

    private boolean differs() {
        Prediction answer = prediction.get();
        Integer digit = intended.get();
        return answer != null && digit != null && answer.digit() != digit;
    }
}
