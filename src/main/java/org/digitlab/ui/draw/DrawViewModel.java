package org.digitlab.ui.draw;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.digitlab.inference.DigitRecognizer;
import org.digitlab.inference.DigitRecognizer.Recognition;
import org.digitlab.inference.GrayImage;
import org.digitlab.inference.Prediction;
import org.digitlab.inference.Predictor;
import org.digitlab.lesson.Fool;
import org.digitlab.lesson.FoolStore;
import org.digitlab.ui.common.ErrorMessages;
import org.digitlab.ui.common.LatestWork;
import org.digitlab.ui.strokes.ImageStrokes;
import org.digitlab.ui.strokes.Stroke;
import org.digitlab.ui.strokes.StrokeBounds;
import org.digitlab.ui.strokes.StrokeRasterizer;

/**
 * The Draw view's state: the strokes, the brush, and the live prediction. Every change of the
 * drawing asks for a prediction through {@link LatestWork}: at most one runs at a time on the
 * background executor, and when it returns the newest drawing is predicted next if it changed
 * meanwhile, so a fast hand never queues up stale work and the FX thread only receives results. The eraser is a stroke too (it
 * paints paper), so Undo takes back an erasure like any stroke.
 */
public final class DrawViewModel {

    /** The drawing's own coordinate range; the canvas scales it to its size on screen. */
    public static final double SIZE = Stroke.SIZE;
    /** Default brush: about as thick, relative to a digit, as MNIST's pen. */
    public static final double DEFAULT_BRUSH = 26;
    /** The eraser is wider than the pen: rubbing out is quicker than drawing. */
    static final double ERASER_SCALE = 1.5;
    /**
     * A drawing whose ink spans less than this share of the canvas gets a hint to draw bigger: it
     * is read (its pen is thinned to MNIST's proportion), but its strokes have few pixels.
     */
    static final double SMALL_DRAWING = 0.25;

    private final ObservableList<Stroke> strokes = FXCollections.observableArrayList();
    private final DoubleProperty brushWidth = new SimpleDoubleProperty(this, "brushWidth", DEFAULT_BRUSH);
    private final ObjectProperty<Predictor> predictor = new SimpleObjectProperty<>(this, "predictor");
    /** The "not a digit" check of the current model, once its index is ready (else null). */
    private final ObjectProperty<ExplainViewModel.ModelChecker> checker = new SimpleObjectProperty<>(this, "checker");
    private final DoubleProperty accepted = new SimpleDoubleProperty(this, "accepted",
            org.digitlab.inference.DigitChecker.DEFAULT_ACCEPTED);
    private final ReadOnlyObjectWrapper<Prediction> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final ReadOnlyObjectWrapper<float[]> modelInput = new ReadOnlyObjectWrapper<>(this, "modelInput");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final BooleanProperty erasing = new SimpleBooleanProperty(this, "erasing");
    private final ReadOnlyBooleanWrapper small = new ReadOnlyBooleanWrapper(this, "small");
    private final BooleanBinding blank = Bindings.isEmpty(strokes);
    /** Each finished prediction is shown, so the answer follows a pen that is still moving. */
    private final LatestWork<Recognition> work;
    /** One gallery for the app's whole session: the Draw view-model lives as long as the window. */
    private final ChallengeViewModel challenge;

    public DrawViewModel(Executor background, Executor fx) {
        this.work = LatestWork.everyFinished(background, fx, this::show,
                error -> publish(null, "Prediction failed: " + ErrorMessages.of(error)));
        strokes.addListener((ListChangeListener<Stroke>) change -> {
            small.set(isSmall(strokes));
            requestPrediction();
        });
        predictor.addListener((obs, old, now) -> {
            work.cancel(); // the old model's answer in flight is not this model's
            requestPrediction();
        });
        checker.addListener((obs, old, now) -> requestPrediction());
        accepted.addListener((obs, old, now) -> requestPrediction());
        challenge = new ChallengeViewModel(background, fx, Clock.systemUTC(), new FoolStore(),
                () -> raster(List.copyOf(strokes)));
        challenge.predictionProperty().bind(prediction);
        requestPrediction();
    }

    // --- properties

    /** The "break the model" challenge on this drawing and its gallery of fools. */
    public ChallengeViewModel challenge() {
        return challenge;
    }

    public ObservableList<Stroke> strokes() {
        return strokes;
    }

    public DoubleProperty brushWidthProperty() {
        return brushWidth;
    }

    /** The model to predict with; bound to the app's current model. */
    public ObjectProperty<Predictor> predictorProperty() {
        return predictor;
    }

    /** Judges whether a drawing is a digit at all; bound to the "Why?" card's checker. */
    public ObjectProperty<ExplainViewModel.ModelChecker> checkerProperty() {
        return checker;
    }

    /** Share of real digits accepted as digits; bound to the teacher's setting. */
    public DoubleProperty acceptedProperty() {
        return accepted;
    }

    /** The latest prediction, or null when the canvas holds no digit or no model is ready. */
    public ReadOnlyObjectProperty<Prediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    /** The image the model saw (size × size, 0..1), or null. */
    public ReadOnlyObjectProperty<float[]> modelInputProperty() {
        return modelInput.getReadOnlyProperty();
    }

    /** What the empty state says: "Draw a digit", "loading model…", "Too small: draw bigger". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding blankProperty() {
        return blank;
    }

    /** The eraser is chosen: the primary button (mouse, pen, finger) rubs out instead of drawing. */
    public BooleanProperty erasingProperty() {
        return erasing;
    }

    /** The drawing is small on the canvas: the view tells the student to draw bigger. */
    public ReadOnlyBooleanProperty smallProperty() {
        return small.getReadOnlyProperty();
    }

    // --- commands

    /** A stroke of the chosen tool: the pen, or the eraser when it is chosen. */
    public void beginStroke(double x, double y) {
        if (erasing.get()) {
            beginErase(x, y);
        } else {
            strokes.add(new Stroke(List.of(x), List.of(y), brushWidth.get()));
        }
    }

    /** A stroke of the eraser, whatever tool is chosen (the right button erases). */
    public void beginErase(double x, double y) {
        strokes.add(new Stroke(List.of(x), List.of(y), brushWidth.get() * ERASER_SCALE, true));
    }

    public void extendStroke(double x, double y) {
        if (!strokes.isEmpty()) {
            strokes.set(strokes.size() - 1, strokes.get(strokes.size() - 1).plus(x, y));
        }
    }

    public void undo() {
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
        }
    }

    public void clear() {
        strokes.clear();
    }

    /** Replaces the drawing with a picture (e.g. a dataset image opened in Draw). */
    public void replaceDrawing(List<Stroke> newStrokes) {
        strokes.setAll(newStrokes);
    }

    /** Replaces the drawing with a small image (values 0..1, ink bright), as editable strokes. */
    public void openImage(float[] image) {
        replaceDrawing(ImageStrokes.of(image, SIZE));
    }

    /** A fool back on the canvas, as editable strokes, for the inspectors to show why it fooled. */
    public void openFool(Fool fool) {
        replaceDrawing(ImageStrokes.of(ChallengeViewModel.inkImage(fool), SIZE));
    }

    // --- prediction pipeline

    private void requestPrediction() {
        Predictor model = predictor.get();
        List<Stroke> snapshot = List.copyOf(strokes);
        if (model == null || snapshot.isEmpty()) {
            work.cancel();
            publish(null, model == null ? "Waiting for a model…" : "Draw a digit");
            return;
        }
        ExplainViewModel.ModelChecker judge = checker.get() != null && checker.get().predictor() == model
                ? checker.get() : null;
        double share = accepted.get();
        work.request(() -> {
            Recognition recognition = recognize(model, snapshot);
            return judge == null || recognition.prediction() == null ? recognition
                    : recognition.judged(judge.checker().check(recognition.digit().image(), share));
        });
    }

    static boolean isSmall(List<Stroke> strokes) {
        StrokeBounds bounds = StrokeBounds.of(strokes);
        return !bounds.isEmpty() && bounds.inkExtent() < SMALL_DRAWING * SIZE;
    }

    static Recognition recognize(Predictor model, List<Stroke> strokes) {
        return new DigitRecognizer(model).recognize(raster(strokes));
    }

    /** The strokes as the grey image preprocessing starts from (black ink on white); any thread. */
    public static GrayImage raster(List<Stroke> strokes) {
        return StrokeRasterizer.raster(strokes);
    }

    private void show(Recognition recognition) {
        if (recognition.hasDigit()) {
            modelInput.set(recognition.digit().image());
            prediction.set(recognition.prediction());
            message.set("");
        } else if (recognition.noDigit() == org.digitlab.inference.NoDigitReason.NOT_A_DIGIT) {
            // the network still sees the drawing: the inspectors and the "Why?" card go on showing it
            prediction.set(null);
            modelInput.set(recognition.digit().image());
            message.set("I don't think that is a digit");
        } else {
            publish(null, switch (recognition.noDigit()) {
                case BLANK -> "Draw a digit";
                case TOO_SMALL -> "Too small for a digit: draw it bigger";
                case NOT_A_DIGIT -> "I don't think that is a digit";
            });
        }
    }

    private void publish(Prediction value, String text) {
        prediction.set(value);
        modelInput.set(null);
        message.set(text);
    }
}
