package org.digitlab.ui.inside;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import org.digitlab.inference.CanvasPreprocessor;
import org.digitlab.inference.GrayImage;
import org.digitlab.inference.PreprocessOptions;
import org.digitlab.inference.PreprocessedDigit;
import org.digitlab.inference.Predictor;
import org.digitlab.ui.strokes.Stroke;
import org.digitlab.ui.strokes.StrokeRasterizer;

/**
 * The preprocessing inspector's state: the drawing's stages from canvas to model input with the
 * chosen steps, and the model's answer for that input. Recomputed in the background whenever the
 * drawing, the model or a step changes, while the inspector is showing.
 */
public final class PreprocessViewModel {

    private final BooleanProperty scaleToBox = new SimpleBooleanProperty(this, "scaleToBox", true);
    private final BooleanProperty centreOfMass = new SimpleBooleanProperty(this, "centreOfMass", true);
    private final DrawingWatch<Stages> watch;

    /** @param strokes the Draw view's drawing */
    public PreprocessViewModel(Executor background, Executor fx, ObservableList<Stroke> strokes) {
        this.watch = new DrawingWatch<>(background, fx, strokes, this::job, stages -> stages.digit().hasDigit());
        scaleToBox.addListener(obs -> watch.refresh());
        centreOfMass.addListener(obs -> watch.refresh());
    }

    // --- properties

    public ObjectProperty<Predictor> predictorProperty() {
        return watch.predictorProperty();
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
        return watch.activeProperty();
    }

    /** The latest stages, or null for an empty canvas or no model. */
    public ReadOnlyObjectProperty<Stages> stagesProperty() {
        return watch.resultProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return watch.messageProperty();
    }

    // --- work

    /** The steps are read here, on the FX thread, with the drawing. */
    private Supplier<Stages> job(Predictor model, List<Stroke> drawing) {
        PreprocessOptions options = new PreprocessOptions(scaleToBox.get(), centreOfMass.get());
        return () -> compute(model, drawing, options);
    }

    static Stages compute(Predictor model, List<Stroke> strokes, PreprocessOptions options) {
        GrayImage canvas = StrokeRasterizer.raster(strokes);
        PreprocessedDigit digit = new CanvasPreprocessor(model.imageSize(), options).process(canvas);
        return new Stages(canvas, digit, digit.hasDigit() ? model.predict(digit.image()) : null);
    }
}
