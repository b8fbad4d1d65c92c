package org.digitlab.ui.inside;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.digitlab.inference.CanvasPreprocessor;
import org.digitlab.inference.GrayImage;
import org.digitlab.inference.PreprocessOptions;
import org.digitlab.inference.PreprocessedDigit;
import org.digitlab.inference.Predictor;
import org.digitlab.ui.draw.DrawViewModel;
import org.digitlab.ui.draw.Stroke;

/**
 * The preprocessing inspector's state: the drawing's stages from canvas to model input with the
 * chosen steps, and the model's answer for that input. Recomputed in the background whenever the
 * drawing, the model or a step changes, while the inspector is showing.
 */
public final class PreprocessViewModel {

    private final ObservableList<Stroke> strokes;
    private final ObjectProperty<Predictor> predictor = new SimpleObjectProperty<>(this, "predictor");
    private final BooleanProperty scaleToBox = new SimpleBooleanProperty(this, "scaleToBox", true);
    private final BooleanProperty centreOfMass = new SimpleBooleanProperty(this, "centreOfMass", true);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyObjectWrapper<Stages> stages = new ReadOnlyObjectWrapper<>(this, "stages");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final LatestWork<Stages> work;

    /** @param strokes the Draw view's drawing */
    public PreprocessViewModel(Executor background, Executor fx, ObservableList<Stroke> strokes) {
        this.strokes = strokes;
        this.work = new LatestWork<>(background, fx, this::show, error -> message.set("Failed: " + error.getMessage()));
        strokes.addListener((ListChangeListener<Stroke>) change -> refresh());
        predictor.addListener(obs -> refresh());
        scaleToBox.addListener(obs -> refresh());
        centreOfMass.addListener(obs -> refresh());
        active.addListener(obs -> refresh());
    }

    // --- properties

    public ObjectProperty<Predictor> predictorProperty() {
        return predictor;
    }

    /** Crop to the ink and scale its longer side to 20 pixels (off: shrink the whole canvas). */
    public BooleanProperty scaleToBoxProperty() {
        return scaleToBox;
    }

    /** Put the centre of mass at the centre (off: the box's centre). */
    public BooleanProperty centreOfMassProperty() {
        return centreOfMass;
    }

    /** Whether the inspector shows: work is done only then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The latest stages, or null for an empty canvas or no model. */
    public ReadOnlyObjectProperty<Stages> stagesProperty() {
        return stages.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // --- work

    private void refresh() {
        Predictor model = predictor.get();
        if (!active.get()) {
            return;
        }
        if (model == null || strokes.isEmpty()) {
            work.cancel();
            stages.set(null);
            message.set(model == null ? "Waiting for a model…" : "Draw a digit on the canvas");
            return;
        }
        List<Stroke> snapshot = List.copyOf(strokes);
        PreprocessOptions options = new PreprocessOptions(scaleToBox.get(), centreOfMass.get());
        work.request(() -> compute(model, snapshot, options));
    }

    static Stages compute(Predictor model, List<Stroke> strokes, PreprocessOptions options) {
        GrayImage canvas = DrawViewModel.raster(strokes);
        PreprocessedDigit digit = new CanvasPreprocessor(model.imageSize(), options).process(canvas);
        return new Stages(canvas, digit, digit.hasDigit() ? model.predict(digit.image()) : null);
    }

    private void show(Stages result) {
        stages.set(result);
        message.set(result.digit().hasDigit() ? "" : "Too small for a digit: draw it bigger");
    }
}
