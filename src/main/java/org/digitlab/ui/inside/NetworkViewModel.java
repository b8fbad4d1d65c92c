package org.digitlab.ui.inside;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.digitlab.inference.CanvasPreprocessor;
import org.digitlab.inference.Kernels;
import org.digitlab.inference.NetworkInspector;
import org.digitlab.inference.PreprocessedDigit;
import org.digitlab.inference.Predictor;
import org.digitlab.inference.UnitWeights;
import org.digitlab.model.TrainedModel;
import org.digitlab.ui.strokes.Stroke;
import org.digitlab.ui.strokes.StrokeRasterizer;

/**
 * The network inspector's state: for the current drawing, every layer's output, plus the first
 * convolution's kernels (CNN) or a sample of the first dense layer's weights (dense network).
 * Recomputed in the background as the student draws, while the inspector is showing.
 */
public final class NetworkViewModel {

    /** Hidden units whose weights are shown: enough to see strokes and blobs, few enough to fit. */
    public static final int WEIGHT_SAMPLE = 24;

    private final Function<TrainedModel, NetworkInspector> inspectors;
    private final DrawingWatch<Inside> watch;
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
        this.inspectors = inspectors;
        this.watch = new DrawingWatch<>(background, fx, strokes,
                (model, drawing) -> () -> compute(model, drawing), inside -> inside != null);
    }

    public ObjectProperty<Predictor> predictorProperty() {
        return watch.predictorProperty();
    }

    /** Whether the inspector shows: work is done only then. */
    public BooleanProperty activeProperty() {
        return watch.activeProperty();
    }

    /** The latest look inside, or null for an empty canvas, a digit too small or no model. */
    public ReadOnlyObjectProperty<Inside> insideProperty() {
        return watch.resultProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return watch.messageProperty();
    }

    private Inside compute(Predictor model, List<Stroke> snapshot) {
        PreprocessedDigit digit = new CanvasPreprocessor(model.imageSize()).process(StrokeRasterizer.raster(snapshot));
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
}
