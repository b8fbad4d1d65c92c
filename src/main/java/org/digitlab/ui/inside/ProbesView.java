package org.digitlab.ui.inside;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.controls.GrayImages;
import org.digitlab.ui.state.Probe;
import org.digitlab.ui.state.ProbeBoard;
import org.digitlab.ui.state.ProbePoint;

/**
 * Probe digits: pin the drawing (up to five); while a model trains, each probe's ten
 * probabilities are recorded and the chosen probe's timeline shows how the network learns it.
 */
public final class ProbesView {

    /** Points per line at most: a long run is thinned, as live charts stay smooth below ~1000. */
    static final int MAX_POINTS = 400;
    static final double THUMBNAIL = 44;

    private final AppContext context;
    private final ProbeBoard board;
    private final ListChangeListener<ProbePoint> onPoints = change -> redraw();
    private ObservableObjectValue<float[]> modelInput;
    private Probe shown;

    @FXML private Button pinButton;
    @FXML private Button unpinButton;
    @FXML private ListView<Probe> probeList;
    @FXML private LineChart<Number, Number> timeline;

    public ProbesView(AppContext context) {
        this.context = context;
        this.board = context.probes();
    }

    /** Pins what the network sees of the drawing ({@code modelInput}: the image, or null for none). */
    public void attach(ObservableObjectValue<float[]> modelInput) {
        this.modelInput = modelInput;
        probeList.setItems(board.probes());
        probeList.setCellFactory(list -> new ProbeCell());
        pinButton.disableProperty().bind(Bindings.isNull(modelInput).or(board.canPinProperty().not()));
        unpinButton.disableProperty().bind(probeList.getSelectionModel().selectedItemProperty().isNull());
        probeList.getSelectionModel().selectedItemProperty().addListener((obs, old, probe) -> follow(probe));
        javafx.scene.control.Tooltip.install(timeline, new javafx.scene.control.Tooltip("How sure the network "
                + "was of each digit for the chosen probe, as training went on: watch the right line climb."));
        BatchAxis.install((NumberAxis) timeline.getXAxis());
        for (int digit = 0; digit < 10; digit++) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(String.valueOf(digit));
            timeline.getData().add(series);
        }
    }

    public LineChart<Number, Number> timeline() {
        return timeline;
    }

    /** The pinned probes; the chosen one's timeline is drawn. */
    public ListView<Probe> probeList() {
        return probeList;
    }

    @FXML
    void pin() {
        float[] image = modelInput.get();
        if (image != null) {
            Probe probe = board.pin(image);
            probeList.getSelectionModel().select(probe);
        }
    }

    @FXML
    void unpin() {
        Probe probe = probeList.getSelectionModel().getSelectedItem();
        if (probe != null) {
            board.unpin(probe);
        }
    }

    private void follow(Probe probe) {
        if (shown != null) {
            shown.timeline().removeListener(onPoints);
        }
        shown = probe;
        if (probe != null) {
            probe.timeline().addListener(onPoints);
        }
        redraw();
    }

    private void redraw() {
        List<ProbePoint> points = shown == null ? List.of() : shown.timeline();
        int stride = Math.max(1, (points.size() + MAX_POINTS - 1) / MAX_POINTS);
        for (int digit = 0; digit < timeline.getData().size(); digit++) {
            List<XYChart.Data<Number, Number>> data = new ArrayList<>();
            for (int i = 0; i < points.size(); i += stride) {
                data.add(new XYChart.Data<>(points.get(i).iteration(), points.get(i).probabilities()[digit]));
            }
            timeline.getData().get(digit).getData().setAll(data);
        }
        long last = points.isEmpty() ? 0 : points.get(points.size() - 1).iteration();
        BatchAxis.fit((NumberAxis) timeline.getXAxis(), last);
    }

    /** A probe as its thumbnail and name. */
    private static final class ProbeCell extends ListCell<Probe> {
        private final ImageView view = new ImageView();

        ProbeCell() {
            view.setFitWidth(THUMBNAIL);
            view.setFitHeight(THUMBNAIL);
            view.setSmooth(false);
            setContentDisplay(ContentDisplay.TOP);
        }

        @Override
        protected void updateItem(Probe probe, boolean empty) {
            super.updateItem(probe, empty);
            if (empty || probe == null) {
                setGraphic(null);
                setText(null);
            } else {
                float[] image = probe.image();
                int side = (int) Math.round(Math.sqrt(image.length));
                view.setImage(GrayImages.digit(image, side, side));
                setGraphic(view);
                setText(probe.name());
            }
        }
    }
}
