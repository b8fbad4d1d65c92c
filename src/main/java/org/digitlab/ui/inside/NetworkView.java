package org.digitlab.ui.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.digitlab.inference.Kernels;
import org.digitlab.inference.LayerOutput;
import org.digitlab.inference.UnitWeights;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.controls.ActivationBars;
import org.digitlab.ui.controls.GrayImages;
import org.digitlab.ui.strokes.Stroke;

/**
 * The network inspector's controller. For a CNN: the first convolution's filters and every
 * convolution and pooling layer's feature maps; for a dense network: what a sample of the first
 * layer's units look for, and every hidden layer's activations as bars. Tiles are reused while
 * the layers stay the same, so drawing only swaps images.
 */
public final class NetworkView {

    static final double KERNEL_TILE = 30;
    static final double MAP_TILE = 44;
    static final double WEIGHT_TILE = 52;

    private final AppContext context;
    private NetworkViewModel viewModel;

    @FXML private Label message;
    @FXML private VBox kernelsBox;
    @FXML private Label kernelsTitle;
    @FXML private FlowPane kernels;
    @FXML private VBox weightsBox;
    @FXML private Label weightsTitle;
    @FXML private FlowPane unitWeights;
    @FXML private VBox featureMaps;
    @FXML private VBox activations;

    public NetworkView(AppContext context) {
        this.context = context;
    }

    public NetworkViewModel viewModel() {
        return viewModel;
    }

    /** Follows a drawing (the Draw view's strokes) while {@code showing} is true. */
    public void attach(ObservableList<Stroke> drawing, ObservableBooleanValue showing) {
        viewModel = new NetworkViewModel(context.background(), context.fx(), drawing, context.engine()::inspector);
        viewModel.predictorProperty().bind(context.models().predictorProperty());
        viewModel.activeProperty().bind(showing);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.insideProperty().addListener((obs, old, inside) -> show(inside));
        Tooltip.install(kernels, new Tooltip("Each square is a filter the network learnt: blue parts like ink "
                + "there, orange parts like paper."));
        Tooltip.install(unitWeights, new Tooltip("Each image is one hidden unit's weights, one per input pixel: "
                + "the unit fires when ink falls on its blue pixels."));
        show(null);
    }

    private void show(Inside inside) {
        showKernels(inside == null ? null : inside.kernels());
        showWeights(inside == null ? null : inside.weights());
        List<LayerOutput> maps = inside == null ? List.of() : inside.featureMaps();
        List<LayerOutput> dense = inside == null ? List.of() : inside.denseLayers();
        if (featureMaps.getChildren().size() != maps.size()) {
            featureMaps.getChildren().clear();
            maps.forEach(layer -> featureMaps.getChildren().add(layerBox(new FlowPane())));
        }
        for (int i = 0; i < maps.size(); i++) {
            LayerOutput layer = maps.get(i);
            VBox box = (VBox) featureMaps.getChildren().get(i);
            ((Label) box.getChildren().get(0)).setText(String.format(Locale.ROOT, "%s · %s · %d maps of %d × %d",
                    layer.name(), layer.kind(), layer.channels(), layer.height(), layer.width()));
            List<Image> images = new ArrayList<>();
            for (int c = 0; c < layer.channels(); c++) {
                images.add(GrayImages.activation(layer.map(c), layer.width(), layer.height()));
            }
            tiles((FlowPane) box.getChildren().get(1), images, MAP_TILE);
        }
        if (activations.getChildren().size() != dense.size()) {
            activations.getChildren().clear();
            dense.forEach(layer -> activations.getChildren().add(layerBox(new ActivationBars())));
        }
        for (int i = 0; i < dense.size(); i++) {
            LayerOutput layer = dense.get(i);
            VBox box = (VBox) activations.getChildren().get(i);
            ((Label) box.getChildren().get(0)).setText(String.format(Locale.ROOT,
                    "%s · %s · %d units: how strongly each one fires", layer.name(), layer.kind(), layer.channels()));
            ((ActivationBars) box.getChildren().get(1)).valuesProperty().set(layer.values());
        }
    }

    private void showKernels(Kernels k) {
        kernelsBox.setVisible(k != null);
        kernelsBox.setManaged(k != null);
        if (k == null) {
            return;
        }
        kernelsTitle.setText(String.format(Locale.ROOT, "The first layer's %d filters (%d × %d): the small patterns "
                + "it slides over the image", k.count(), k.height(), k.width()));
        List<Image> images = new ArrayList<>();
        for (int i = 0; i < k.count(); i++) {
            images.add(GrayImages.weights(k.kernel(i), k.width(), k.height()));
        }
        tiles(kernels, images, KERNEL_TILE);
    }

    private void showWeights(UnitWeights w) {
        weightsBox.setVisible(w != null);
        weightsBox.setManaged(w != null);
        if (w == null) {
            return;
        }
        weightsTitle.setText(String.format(Locale.ROOT, "What %d units of the first layer look for: blue pixels "
                + "push a unit up, orange ones push it down", w.units().size()));
        List<Image> images = new ArrayList<>();
        for (float[] weights : w.weights()) {
            images.add(GrayImages.weights(weights, w.side(), w.side()));
        }
        tiles(unitWeights, images, WEIGHT_TILE);
    }

    private static VBox layerBox(javafx.scene.Node content) {
        Label title = new Label();
        title.getStyleClass().add("layer-title");
        // A long layer name wraps under a projector's font instead of ending in "...".
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(title, content);
        box.getStyleClass().add("layer-box");
        if (content instanceof FlowPane pane) {
            pane.getStyleClass().add("map-tiles");
            Tooltip.install(pane, new Tooltip("Feature maps: where in the image each filter found its pattern. "
                    + "Bright means strongly."));
        } else {
            Tooltip.install(content, new Tooltip("Each bar is one hidden unit; tall bars are the units your "
                    + "drawing switches on."));
        }
        return box;
    }

    /** Shows the images in the pane, reusing its image views. */
    private static void tiles(FlowPane pane, List<Image> images, double size) {
        while (pane.getChildren().size() > images.size()) {
            pane.getChildren().remove(pane.getChildren().size() - 1);
        }
        while (pane.getChildren().size() < images.size()) {
            ImageView view = new ImageView();
            view.setFitWidth(size);
            view.setFitHeight(size);
            view.setPreserveRatio(true);
            view.setSmooth(false);
            view.getStyleClass().add("map-tile");
            pane.getChildren().add(view);
        }
        for (int i = 0; i < images.size(); i++) {
            ((ImageView) pane.getChildren().get(i)).setImage(images.get(i));
        }
    }
}
