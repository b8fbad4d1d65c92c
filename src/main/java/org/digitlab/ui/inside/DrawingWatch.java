package org.digitlab.ui.inside;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
import org.digitlab.inference.Predictor;
import org.digitlab.ui.common.ErrorMessages;
import org.digitlab.ui.common.LatestWork;
import org.digitlab.ui.strokes.Stroke;

/**
 * What the inspectors beside the canvas share: they follow the drawing and the model, work only
 * while showing, compute the newest drawing in the background ({@link LatestWork}) and say why
 * there is nothing to show. Lives on the FX thread.
 *
 * @param <T> what one look at the drawing produces
 */
final class DrawingWatch<T> {

    /** Called on the FX thread with a snapshot of the drawing; the work it returns runs in the background. */
    interface Job<T> {
        Supplier<T> on(Predictor model, List<Stroke> drawing);
    }

    private final ObservableList<Stroke> strokes;
    private final Job<T> job;
    private final Predicate<T> hasDigit;
    private final ObjectProperty<Predictor> predictor = new SimpleObjectProperty<>(this, "predictor");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyObjectWrapper<T> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final LatestWork<T> work;

    /**
     * @param strokes the Draw view's drawing
     * @param hasDigit whether a result shows a digit (else "draw it bigger")
     */
    DrawingWatch(Executor background, Executor fx, ObservableList<Stroke> strokes, Job<T> job,
            Predicate<T> hasDigit) {
        this.strokes = strokes;
        this.job = job;
        this.hasDigit = hasDigit;
        this.work = LatestWork.newestOnly(background, fx, this::show,
                error -> message.set("Failed: " + ErrorMessages.of(error)));
        strokes.addListener((ListChangeListener<Stroke>) change -> refresh());
        predictor.addListener(obs -> refresh());
        active.addListener(obs -> refresh());
    }

    ObjectProperty<Predictor> predictorProperty() {
        return predictor;
    }

    BooleanProperty activeProperty() {
        return active;
    }

    ReadOnlyObjectProperty<T> resultProperty() {
        return result.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Looks again at the drawing, if showing: also for an owner's own settings that changed. */
    void refresh() {
        Predictor model = predictor.get();
        if (!active.get()) {
            return;
        }
        if (model == null || strokes.isEmpty()) {
            work.cancel();
            result.set(null);
            message.set(model == null ? "Waiting for a model…" : "Draw a digit on the canvas");
            return;
        }
        work.request(job.on(model, List.copyOf(strokes)));
    }

    private void show(T shown) {
        result.set(shown);
        message.set(hasDigit.test(shown) ? "" : "Too small for a digit: draw it bigger");
    }
}
