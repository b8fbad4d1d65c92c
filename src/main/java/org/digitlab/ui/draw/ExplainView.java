package org.digitlab.ui.draw;

import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.digitlab.inference.DigitCheck;
import org.digitlab.inference.Neighbour;
import org.digitlab.inference.SaliencyKind;
import org.digitlab.inference.SaliencyPictures;
import org.digitlab.ui.AppContext;

/** The Draw view's "Why?" card: binds its controls to an {@link ExplainViewModel}. */
public final class ExplainView {

    /** Each input pixel of the card's map is this many screen pixels: 168 for MNIST's 28. */
    private static final int MAP_SCALE = 6;
    private static final int THUMB = 40;

    private final AppContext context;
    private ExplainViewModel viewModel;

    @FXML private ToggleButton overlayToggle;
    @FXML private ComboBox<SaliencyKind> kindPicker;
    @FXML private ComboBox<Integer> targetPicker;
    @FXML private ImageView mapView;
    @FXML private Label mapCaption;
    @FXML private TilePane nearestStrip;
    @FXML private Label digitVerdict;
    @FXML private Slider acceptSlider;
    @FXML private Tooltip acceptTooltip;
    @FXML private Label acceptValue;
    @FXML private Label status;

    public ExplainView(AppContext context) {
        this.context = context;
    }

    public ExplainViewModel viewModel() {
        return viewModel;
    }

    /** Follows the Draw view's drawing and model, judges its answers, and paints the overlay. */
    void attach(DrawViewModel draw, SaliencyOverlay overlay) {
        viewModel = new ExplainViewModel(context.background(), context.fx(), draw.strokes(),
                context.engine()::explainer, context.datasets());
        viewModel.predictorProperty().bind(draw.predictorProperty());
        draw.checkerProperty().bind(viewModel.checkerProperty());
        draw.acceptedProperty().bind(viewModel.acceptedProperty());
        overlayToggle.selectedProperty().bindBidirectional(viewModel.overlayShownProperty());
        kindPicker.getItems().setAll(SaliencyKind.values());
        kindPicker.setConverter(converter(SaliencyKind::label));
        kindPicker.valueProperty().bindBidirectional(viewModel.kindProperty());
        targetPicker.getItems().setAll(null, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        targetPicker.setConverter(converter(target -> target == null ? "answer" : "a " + target));
        targetPicker.valueProperty().bindBidirectional(viewModel.targetProperty());
        acceptSlider.valueProperty().bindBidirectional(viewModel.acceptedProperty());
        acceptValue.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.1f%%", 100 * viewModel.acceptedProperty().get()),
                viewModel.acceptedProperty()));
        status.textProperty().bind(viewModel.statusProperty());
        overlay.visibleProperty().bind(viewModel.overlayShownProperty());
        viewModel.explanationProperty().addListener((obs, old, now) -> {
            show(now);
            overlay.show(now);
        });
        show(null);
    }

    private void show(Explanation explanation) {
        nearestStrip.getChildren().clear();
        if (explanation == null) {
            mapView.setImage(null);
            digitVerdict.setText("");
            acceptTooltip.setText(acceptText(null));
            return;
        }
        mapView.setImage(SaliencyOverlay.image(SaliencyPictures.render(explanation.map(), explanation.input(),
                MAP_SCALE), explanation.map().size() * MAP_SCALE));
        mapCaption.setText(String.format(Locale.ROOT, "What speaks for (vermillion) and against (blue) a %d.",
                explanation.map().target()));
        DigitCheck check = explanation.check();
        List<Neighbour> nearest = check.nearest();
        for (int i = 0; i < nearest.size(); i++) {
            ImageView thumb = new ImageView(SaliencyOverlay.grey(explanation.nearestImages().get(i),
                    explanation.map().size()));
            thumb.setFitWidth(THUMB);
            thumb.setFitHeight(THUMB);
            Label label = new Label(String.valueOf(nearest.get(i).label()));
            label.getStyleClass().add("nearest-label");
            VBox cell = new VBox(thumb, label);
            cell.getStyleClass().add("nearest-cell");
            Tooltip.install(cell, new Tooltip(String.format(Locale.ROOT,
                    "Training image #%d, labelled %d, at distance %.3f", nearest.get(i).index(),
                    nearest.get(i).label(), nearest.get(i).distance())));
            nearestStrip.getChildren().add(cell);
        }
        digitVerdict.setText(check.notADigit()
                ? String.format(Locale.ROOT, "Not a digit: stranger to the network than %.1f%% of real digits.",
                        100 * viewModel.acceptedProperty().get())
                : String.format(Locale.ROOT, "A digit: stranger to the network than %.0f%% of real digits, "
                        + "within their range.", 100 * check.rarity()));
        acceptTooltip.setText(acceptText(check));
    }

    private String acceptText(DigitCheck check) {
        String base = String.format(Locale.ROOT, "A drawing is 'not a digit' when the network finds it stranger than "
                + "%.1f%% of real handwritten digits it never saw (5,000 MNIST test digits, half of them redrawn with an even "
                + "pen as on a screen), in either of two ways: its 3 "
                + "most similar training images are farther away, or it lies farther from the middle of every digit's "
                + "cloud of training images. Slide left to reject more, right to reject less.",
                100 * viewModel.acceptedProperty().get());
        return check == null ? base : base + String.format(Locale.ROOT, " This drawing: 3 nearest %.2f away, %.1f from "
                + "the nearest cloud's middle; stranger than %.1f%% of real digits.", check.distance(),
                check.cloudDistance(), 100 * check.rarity());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list");
            }
        };
    }
}
