package org.digitlab.ui.inside;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.digitlab.inference.GrayImage;
import org.digitlab.inference.PreprocessedDigit;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.controls.GrayImages;
import org.digitlab.ui.controls.PixelView;
import org.digitlab.ui.controls.StemPlot;
import org.digitlab.ui.strokes.Stroke;

/** The preprocessing inspector's controller: each stage small, the steps to skip, the answer. */
public final class PreprocessView {

    private final AppContext context;
    private PreprocessViewModel viewModel;

    @FXML private CheckBox scaleToggle;
    @FXML private CheckBox centreToggle;
    @FXML private ImageView canvasStage;
    @FXML private ImageView cropStage;
    @FXML private ImageView fittedStage;
    @FXML private ImageView boxCentredStage;
    @FXML private PixelView inputStage;
    @FXML private Label message;
    @FXML private Label answer;
    @FXML private StemPlot probabilities;

    public PreprocessView(AppContext context) {
        this.context = context;
    }

    public PreprocessViewModel viewModel() {
        return viewModel;
    }

    /**
     * Follows a drawing while {@code showing} is true.
     *
     * @param drawing the Draw view's strokes
     */
    public void attach(ObservableList<Stroke> drawing, ObservableBooleanValue showing) {
        viewModel = new PreprocessViewModel(context.background(), context.fx(), drawing);
        viewModel.predictorProperty().bind(context.models().predictorProperty());
        viewModel.activeProperty().bind(showing);
        scaleToggle.selectedProperty().bindBidirectional(viewModel.scaleToBoxProperty());
        centreToggle.selectedProperty().bindBidirectional(viewModel.centreOfMassProperty());
        centreToggle.disableProperty().bind(viewModel.scaleToBoxProperty().not());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.stagesProperty().addListener((obs, old, stages) -> show(stages));
        javafx.scene.control.Tooltip.install(probabilities, new javafx.scene.control.Tooltip(
                "The network's ten probabilities for the image after these steps."));
        probabilities.emptyTextProperty().bind(Bindings.createStringBinding(
                () -> viewModel.messageProperty().get(), viewModel.messageProperty()));
    }

    private void show(Stages stages) {
        PreprocessedDigit digit = stages == null ? null : stages.digit();
        canvasStage.setImage(stages == null ? null : canvas(stages.canvas()));
        float[] crop = stages == null ? null : stages.crop();
        cropStage.setImage(crop == null || digit.fitted() == null ? null
                : GrayImages.digit(crop, digit.box().width(), digit.box().height()));
        fittedStage.setImage(digit == null || digit.fitted() == null ? null
                : GrayImages.digit(digit.fitted(), digit.fittedWidth(), digit.fittedHeight()));
        float[] centred = stages == null ? null : stages.boxCentred();
        boxCentredStage.setImage(centred == null ? null : GrayImages.digit(centred, digit.size(), digit.size()));
        inputStage.sideProperty().set(digit == null ? inputStage.sideProperty().get() : digit.size());
        inputStage.pixelsProperty().set(digit == null ? null : digit.image());
        probabilities.probabilitiesProperty().set(stages == null || stages.prediction() == null ? null
                : stages.prediction().probabilities());
        answer.setText(stages == null || stages.prediction() == null ? "" : String.format(Locale.ROOT,
                "The network says %d (%.1f%% sure)", stages.prediction().digit(),
                100 * stages.prediction().confidence()));
    }

    private static Image canvas(GrayImage canvas) {
        float[] ink = new float[canvas.values().length];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = 1 - canvas.values()[i] / GrayImage.WHITE;
        }
        return GrayImages.digit(ink, canvas.width(), canvas.height());
    }
}
