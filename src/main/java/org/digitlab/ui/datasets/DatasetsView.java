package org.digitlab.ui.datasets;

import java.io.File;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.canvas.Canvas;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import impl.org.controlsfx.skin.GridViewSkin;
import org.controlsfx.control.GridView;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetInfo;
import org.digitlab.data.DatasetSplit;
import org.digitlab.data.ImageSet;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.FileDialogs;

/**
 * The dataset browser's controller: binds the controls to {@link DatasetsViewModel} and draws
 * what it cannot bind (thumbnails, pixel grid, probabilities, class balance).
 */
public final class DatasetsView {

    /** The label filter's "all labels" entry; a ChoiceBox shows no text for a null item. */
    static final int ALL_LABELS = -1;
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final AppContext context;
    private final DatasetsViewModel model;
    private final ThumbnailCache thumbnails = new ThumbnailCache(ThumbnailCache.DEFAULT_CAPACITY);

    @FXML private BorderPane root;
    @FXML private ChoiceBox<DatasetInfo> datasetChoice;
    @FXML private ChoiceBox<DatasetSplit> splitChoice;
    @FXML private ChoiceBox<Integer> labelFilter;
    @FXML private TextField jumpField;
    @FXML private Label shownCount;
    @FXML private Label message;
    @FXML private SplitPane browser;
    @FXML private GridView<Integer> thumbnailGrid;
    @FXML private BarChart<String, Number> classBalance;
    @FXML private ImageView detailImage;
    @FXML private Label detailLabel;
    @FXML private Label detailIndex;
    @FXML private VBox probabilities;
    @FXML private Canvas pixelGrid;
    @FXML private VBox missingPanel;
    @FXML private Label missingTitle;
    @FXML private Label missingMessage;
    @FXML private Button downloadButton;
    @FXML private Button importButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar downloadProgress;
    @FXML private Label transferMessage;
    @FXML private VBox loadingPane;
    @FXML private Label loadingText;

    public DatasetsView(AppContext context) {
        this.context = context;
        this.model = new DatasetsViewModel(context.datasets(), context.background(), context.fx(),
                context.models().predictorProperty());
    }

    DatasetsViewModel model() {
        return model;
    }

    /** The shell says when this view's tab is shown: hidden, the images and thumbnails are let go. */
    public void setShowing(boolean showing) {
        model.setShowing(showing);
        if (!showing) {
            thumbnails.clear();
            // The images let go would otherwise stay resident until the heap happens to fill.
            context.background().execute(context.engine()::giveBackMemory);
        }
    }

    @FXML
    private void initialize() {
        bindChoices();
        bindGrid();
        bindDetail();
        bindPanels();
        model.datasetIdProperty().addListener((obs, old, id) -> context.dataset().set(id));
        String start = context.dataset().get();
        model.selectDataset(model.datasets().stream().anyMatch(d -> d.id().equals(start))
                ? start : DatasetCatalog.MNIST);
        model.refreshDatasets();
    }

    private void bindChoices() {
        datasetChoice.setItems(model.datasets());
        datasetChoice.setConverter(converter(DatasetInfo::displayName));
        model.datasetProperty().addListener((obs, old, info) -> {
            datasetChoice.setValue(info);
            fillLabelFilter(info);
        });
        datasetChoice.valueProperty().addListener((obs, old, info) -> {
            if (info != null) {
                model.selectDataset(info.id());
            }
        });
        splitChoice.getItems().setAll(DatasetSplit.values());
        splitChoice.setValue(model.splitProperty().get());
        splitChoice.valueProperty().addListener((obs, old, split) -> model.selectSplit(split));
        model.splitProperty().addListener((obs, old, split) -> splitChoice.setValue(split));
        // The list is read again when the view shows (a set drawn meanwhile): keep the choice shown.
        model.datasets().addListener((javafx.collections.ListChangeListener<DatasetInfo>) change ->
                datasetChoice.setValue(model.datasetProperty().get()));
        model.grid().labelFilterProperty().addListener((obs, old, label) ->
                labelFilter.setValue(label == null ? ALL_LABELS : label));
        labelFilter.valueProperty().addListener((obs, old, label) ->
                model.grid().filter(label == null || label == ALL_LABELS ? null : label));
        jumpField.textProperty().addListener((obs, old, text) -> jumpField.pseudoClassStateChanged(INVALID, false));
    }

    /** Class names change with the dataset (Fashion-MNIST's are words), so the items are rebuilt. */
    private void fillLabelFilter(DatasetInfo info) {
        labelFilter.setConverter(converter(label -> label == ALL_LABELS ? "all"
                : info == null ? Integer.toString(label) : info.classNames().get(label)));
        labelFilter.getItems().setAll(IntStream.range(ALL_LABELS, info == null ? 0 : info.numClasses())
                .boxed().toList());
        Integer current = model.grid().labelFilterProperty().get();
        labelFilter.setValue(current == null ? ALL_LABELS : current);
    }

    private void bindGrid() {
        ImageGrid grid = model.grid();
        thumbnailGrid.setItems(grid.indices());
        thumbnailGrid.setCellFactory(view -> new ThumbnailCell(grid, thumbnails));
        shownCount.textProperty().bind(Bindings.size(grid.indices()).asString("%,d images"));
        message.textProperty().bind(Bindings.when(model.missingDataset().missingProperty()).then("")
                .otherwise(grid.messageProperty()));
        model.classCountsProperty().addListener((obs, old, counts) -> ClassBalance.show(classBalance, counts,
                grid.shownProperty().get() == null ? null : grid.shownProperty().get().dataset()));
        classBalance.setAnimated(false);
        Tooltip.install(classBalance, new Tooltip("How many images each digit has. A network learns a rare "
                + "digit less well, so a balanced dataset matters."));
        Tooltip.install(pixelGrid, new Tooltip("The image as the numbers it really is: 0 is paper, 255 is full ink."));
    }

    private void bindDetail() {
        model.grid().selectedIndexProperty().addListener((obs, old, index) -> showSelected());
        model.probabilitiesProperty().addListener((obs, old, p) -> showProbabilities());
        model.predictionNoteProperty().addListener((obs, old, note) -> showProbabilities());
        context.models().predictorProperty().addListener((obs, old, p) -> showProbabilities());
        showSelected();
    }

    private void bindPanels() {
        MissingDataset missing = model.missingDataset();
        missingPanel.visibleProperty().bind(missing.missingProperty());
        missingPanel.managedProperty().bind(missing.missingProperty());
        loadingPane.visibleProperty().bind(model.loadingProperty());
        loadingPane.managedProperty().bind(model.loadingProperty());
        browser.visibleProperty().bind(model.browsingProperty());
        loadingText.textProperty().bind(Bindings.concat("Loading ", model.datasetIdProperty(), "…"));
        missingTitle.textProperty().bind(Bindings.createStringBinding(() -> model.datasetProperty().get() == null
                ? "" : model.datasetProperty().get().displayName() + " is not on this machine",
                model.datasetProperty()));
        missingMessage.textProperty().bind(missing.missingMessageProperty());
        downloadButton.disableProperty().bind(missing.canDownloadProperty().not());
        importButton.disableProperty().bind(missing.canDownloadProperty().not());
        cancelButton.visibleProperty().bind(missing.transferringProperty());
        downloadProgress.visibleProperty().bind(missing.transferringProperty());
        downloadProgress.progressProperty().bind(missing.transferProgressProperty());
        transferMessage.textProperty().bind(missing.transferMessageProperty());
    }

    private void showSelected() {
        ImageGrid grid = model.grid();
        ShownImages shown = grid.shownProperty().get();
        int index = grid.selectedIndexProperty().get();
        boolean none = shown == null || index < 0;
        ImageSet set = none ? null : shown.images();
        detailImage.setImage(none ? null : ThumbnailCache.render(set, index));
        detailLabel.setText(none ? "" : "label " + shown.labelName(index));
        detailIndex.setText(none ? "" : String.format("image %,d of %,d (%s)", index, set.size(), shown.split()));
        PixelGrid.draw(pixelGrid, grid.selectedPixelsProperty().get(), none ? 0 : set.rows());
        showProbabilities();
    }

    private void showProbabilities() {
        ShownImages shown = model.grid().shownProperty().get();
        String note = model.predictionNoteProperty().get();
        ProbabilityBars.show(probabilities, model.probabilitiesProperty().get(),
                shown == null ? java.util.List.of() : shown.dataset().classNames(),
                note.isEmpty() ? "Predicting…" : note);
    }

    /** Enter in the "go to" field: select that image and scroll the grid to it. */
    @FXML
    void jump() {
        try {
            int index = Integer.parseInt(jumpField.getText().strip().replace(",", ""));
            if (model.grid().jumpTo(index)) {
                scrollTo(model.grid().positionOf(index));
            }
        } catch (NumberFormatException e) {
            jumpField.pseudoClassStateChanged(INVALID, true);
        }
    }

    /** GridView has no scrollTo; its skin's VirtualFlow scrolls by row. */
    private void scrollTo(int position) {
        if (position < 0 || !(thumbnailGrid.getSkin() instanceof GridViewSkin<?> skin)
                || !(thumbnailGrid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        flow.scrollTo(position / Math.max(1, skin.computeMaxCellsInRow()));
    }

    @FXML
    void download() {
        model.missingDataset().download();
    }

    @FXML
    void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder holding the dataset's IDX files (raw or .gz)");
        File folder = FileDialogs.folder(chooser, root.getScene().getWindow(), context.preferences());
        if (folder != null) {
            model.missingDataset().importFrom(folder.toPath());
        }
    }

    @FXML
    void cancel() {
        model.missingDataset().cancel();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not edited");
            }
        };
    }
}
