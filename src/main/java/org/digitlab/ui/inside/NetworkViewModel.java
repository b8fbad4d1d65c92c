package org.digitlab.ui.inside;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
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
import org.digitlab.inference.Kernels;
import org.digitlab.inference.NetworkInspector;
import org.digitlab.inference.PreprocessedDigit;
import org.digitlab.inference.Predictor;
import org.digitlab.inference.UnitWeights;
import org.digitlab.model.TrainedModel;
import org.digitlab.ui.draw.DrawViewModel;
import org.digitlab.ui.draw.Stroke;

/**
 * The network inspector's state: for the current drawing, every layer's output, plus the first
 * convolution's kernels (CNN) or a sample of the first dense layer's weights (dense network).
 * Recomputed in the background as the student draws, while the inspector is showing.
 */
public final class NetworkViewModel {

    /** Hidden units whose weights are shown: enough to see strokes and blobs, few enough to fit. */
    public static final int WEIGHT_SAMPLE = 24;

    private final ObservableList<Stroke> strokes;
    private final Function<TrainedModel, NetworkInspector> inspectors;
    private final ObjectProperty<Predictor> predictor = new SimpleObjectProperty<>(this, "predictor");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyObjectWrapper<Inside> inside = new ReadOnlyObjectWrapper<>(this, "inside");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final LatestWork<Inside> work;
    /** The inspector and the parameters of the model last inspected: they change only with the model. */
    private volatile Fixed fixed;

    private record Fixed(TrainedModel model, NetworkInspector inspector, Kernels kernels, UnitWeights weights) {
    }

    /**
     * @param strokes the Draw view's drawing
     * @param inspectors makes an inspector for a model
     */
    public NetworkViewModel(Executor background, Executor fx, ObservableList<Stroke> strokes,
            Function<TrainedModel, NetworkInspector> inspectors) {
        this.strokes = strokes;
        this.inspectors = inspectors;
        this.work = new LatestWork<>(background, fx, this::show, error -> message.set("Failed: " + error.getMessage()));
        strokes.addListener((ListChangeListener<Stroke>) change -> refresh());
        predictor.addListener(obs -> refresh());
        active.addListener(obs -> refresh());
    }

    public ObjectProperty<Predictor> predictorProperty() {
        return predictor;
    }

    /** Whether the inspector shows: work is done only then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The latest look inside, or null for an empty canvas or no model. */
    public ReadOnlyObjectProperty<Inside> insideProperty() {
        return inside.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void refresh() {
        Predictor model = predictor.get();
        if (!active.get()) {
            return;
        }
        if (model == null || strokes.isEmpty()) {
            work.cancel();
            inside.set(null);
            message.set(model == null ? "Waiting for a model…" : "Draw a digit on the canvas");
            return;
        }
        List<Stroke> snapshot = List.copyOf(strokes);
        work.request(() -> compute(model, snapshot));
    }

    private Inside compute(Predictor model, List<Stroke> snapshot) {
        PreprocessedDigit digit = new CanvasPreprocessor(model.imageSize()).process(DrawViewModel.raster(snapshot));
        if (!digit.hasDigit()) {
            return null;
        }
        Fixed known = fixed;
        if (known == null || known.model() != model.model()) {
            NetworkInspector inspector = inspectors.apply(model.model());
            known = new Fixed(model.model(), inspector, inspector.firstConvKernels(),
                    inspector.firstDenseWeights(WEIGHT_SAMPLE));
            fixed = known;
        }
        return new Inside(digit.image(), known.inspector().layerOutputs(digit.image()), known.kernels(),
                known.weights());
    }

    private void show(Inside result) {
        inside.set(result);
        message.set(result == null ? "Too small for a digit: draw it bigger" : "");
    }
}
