package org.digitlab.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.data.TrainTest;
import org.digitlab.inference.CanvasPreprocessor;
import org.digitlab.inference.DigitCheck;
import org.digitlab.inference.DigitChecker;
import org.digitlab.inference.Explainer;
import org.digitlab.inference.Neighbour;
import org.digitlab.inference.NeighbourIndex;
import org.digitlab.inference.NeighbourIndexes;
import org.digitlab.inference.PreprocessedDigit;
import org.digitlab.inference.Predictor;
import org.digitlab.inference.SaliencyKind;
import org.digitlab.inference.SaliencyMap;
import org.digitlab.model.TrainedModel;
import org.digitlab.ui.common.ErrorMessages;
import org.digitlab.ui.common.LatestWork;
import org.digitlab.ui.strokes.Stroke;

/**
 * The Draw view's "Why?": for every change of the drawing, a saliency map of the top answer (or a
 * class the student picks), the 8 training images most like the drawing, and the "not a digit"
 * verdict. The index of training images is built once per model in the background (read from
 * the cache after the first time); until it is ready the card says so and the answer is not judged.
 */
public final class ExplainViewModel {

    private final ObjectProperty<Predictor> predictor = new SimpleObjectProperty<>(this, "predictor");
    private final ReadOnlyObjectWrapper<ModelChecker> checker = new ReadOnlyObjectWrapper<>(this, "checker");
    private final BooleanProperty overlayShown = new SimpleBooleanProperty(this, "overlayShown", true);
    private final ObjectProperty<SaliencyKind> kind = new SimpleObjectProperty<>(this, "kind",
            SaliencyKind.GRADIENT_X_INPUT);
    /** The class explained, or {@code null} for the top answer. */
    private final ObjectProperty<Integer> target = new SimpleObjectProperty<>(this, "target");
    private final DoubleProperty accepted = new SimpleDoubleProperty(this, "accepted", DigitChecker.DEFAULT_ACCEPTED);
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final LatestWork<Explanation> work;
    private final LatestWork<ModelChecker> indexing;
    private final Function<TrainedModel, Explainer> explainers;
    private final DatasetStore datasets;
    private final ObservableList<Stroke> strokes;
    private CancellationToken building = new CancellationToken();

    /**
     * A model's checker with the training images its neighbours are drawn from.
     *
     * @param predictor the model it belongs to (an answer of another model is never judged by it)
     * @param checker the explainer and index
     * @param train the training images, for the nearest images' pictures
     */
    public record ModelChecker(Predictor predictor, DigitChecker checker, ImageSet train) {
    }

    public ExplainViewModel(Executor background, Executor fx, ObservableList<Stroke> strokes,
            Function<TrainedModel, Explainer> explainers, DatasetStore datasets) {
        this.strokes = strokes;
        this.explainers = explainers;
        this.datasets = datasets;
        this.work = LatestWork.everyFinished(background, fx, explanation::set,
                error -> status.set("No explanation: " + ErrorMessages.of(error)));
        this.indexing = LatestWork.newestOnly(background, fx, ready -> {
            checker.set(ready);
            status.set(ready == null ? status.get() : "");
            request();
        }, error -> status.set("The training images could not be indexed: " + ErrorMessages.of(error)));
        predictor.addListener((obs, old, now) -> index(now));
        strokes.addListener((ListChangeListener<Stroke>) change -> request());
        kind.addListener((obs, old, now) -> request());
        target.addListener((obs, old, now) -> request());
        accepted.addListener((obs, old, now) -> request());
    }

    // --- properties

    /** The model to explain; bound to the app's current model. */
    public ObjectProperty<Predictor> predictorProperty() {
        return predictor;
    }

    /** The current model's checker once its index is ready, else null: the Draw answer uses it. */
    public ReadOnlyObjectProperty<ModelChecker> checkerProperty() {
        return checker.getReadOnlyProperty();
    }

    /** Whether the map is laid over the drawing. */
    public BooleanProperty overlayShownProperty() {
        return overlayShown;
    }

    public ObjectProperty<SaliencyKind> kindProperty() {
        return kind;
    }

    /** The class to explain ("what would make it a 7?"), or null for the top answer. */
    public ObjectProperty<Integer> targetProperty() {
        return target;
    }

    /** Share of real digits accepted as digits: the teacher's "not a digit" setting. */
    public DoubleProperty acceptedProperty() {
        return accepted;
    }

    /** The latest explanation, or null while there is nothing to explain. */
    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** "Looking at 30,000 training images… (once per model)", an error, or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // --- work

    private void index(Predictor model) {
        building.cancel();
        checker.set(null);
        explanation.set(null);
        if (model == null) {
            indexing.cancel();
            return;
        }
        CancellationToken token = new CancellationToken();
        building = token;
        status.set("Looking at the training images once for this model (about a minute)…");
        indexing.request(() -> build(model, token));
    }

    private ModelChecker build(Predictor model, CancellationToken token) {
        try {
            Explainer explainer = explainers.apply(model.model());
            TrainTest data = datasets.load(model.model().metadata().datasetId());
            NeighbourIndex index = new NeighbourIndexes(NeighbourIndexes.defaultFolder(datasets.home()))
                    .loadOrBuild(explainer, data, org.digitlab.data.Progress.NONE, token);
            return index == null ? null : new ModelChecker(model, new DigitChecker(explainer, index), data.train());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void request() {
        ModelChecker ready = checker.get();
        List<Stroke> snapshot = List.copyOf(strokes);
        if (ready == null || ready.predictor() != predictor.get() || snapshot.isEmpty()) {
            work.cancel();
            explanation.set(null);
            return;
        }
        SaliencyKind chosenKind = kind.get();
        Integer chosenTarget = target.get();
        double share = accepted.get();
        work.request(() -> explain(ready, snapshot, chosenKind, chosenTarget, share));
    }

    static Explanation explain(ModelChecker ready, List<Stroke> strokes, SaliencyKind kind, Integer target,
            double accepted) {
        CanvasPreprocessor preprocessor = new CanvasPreprocessor(ready.checker().explainer().imageSize());
        org.digitlab.inference.GrayImage raster = DrawViewModel.raster(strokes);
        PreprocessedDigit digit = preprocessor.process(raster);
        if (!digit.hasDigit()) {
            return null;
        }
        DigitCheck check = ready.checker().check(digit.image(), accepted);
        int explained = target != null ? target : check.prediction().digit();
        SaliencyMap map = ready.checker().explainer().saliency(digit.image(), explained, kind);
        List<float[]> pictures = new ArrayList<>();
        for (Neighbour n : check.nearest()) {
            pictures.add(NeighbourIndexes.image(ready.train(), n.index()));
        }
        return new Explanation(map, digit.image(), preprocessor.projection(digit, raster.width(), raster.height()),
                raster.width(), check, pictures);
    }
}
