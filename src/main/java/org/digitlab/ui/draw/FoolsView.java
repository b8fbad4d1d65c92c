package org.digitlab.ui.draw;

import java.io.File;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.digitlab.lesson.Fool;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.FileDialogs;

/**
 * The challenge's gallery, a tab of the Draw view: each fool's drawing, large, with what was drawn
 * and what the model said; the chosen one opens in Draw, all of them export as PNGs and a CSV.
 */
public final class FoolsView {

    /** Shown this large, a drawing reads from the back of a classroom. */
    static final double PICTURE = 150;

    private final AppContext context;
    private ChallengeViewModel challenge;
    private Consumer<Fool> onOpen = fool -> { };

    @FXML private VBox root;
    @FXML private ListView<Fool> foolList;
    @FXML private Button openButton;
    @FXML private Button exportButton;
    @FXML private Button removeButton;
    @FXML private Label foolsStatus;

    public FoolsView(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        foolList.setCellFactory(list -> new FoolCell());
        openButton.disableProperty().bind(foolList.getSelectionModel().selectedItemProperty().isNull());
        removeButton.disableProperty().bind(openButton.disableProperty());
    }

    /** Shows {@code model}'s gallery; "Open in Draw" hands the chosen fool to {@code open}. */
    void attach(ChallengeViewModel model, Consumer<Fool> open) {
        this.challenge = model;
        this.onOpen = open;
        foolList.setItems(model.fools());
        exportButton.disableProperty().bind(model.canExportProperty().not());
        foolsStatus.textProperty().bind(model.statusProperty());
    }

    @FXML
    void open() {
        Fool fool = foolList.getSelectionModel().getSelectedItem();
        if (fool != null) {
            onOpen.accept(fool);
        }
    }

    @FXML
    void remove() {
        Fool fool = foolList.getSelectionModel().getSelectedItem();
        if (fool != null) {
            challenge.remove(fool);
        }
    }

    @FXML
    void export() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the fools' images and fools.csv");
        File folder = FileDialogs.folder(chooser, root.getScene().getWindow(), context.preferences());
        if (folder != null) {
            challenge.export(folder.toPath());
        }
    }

    /** "drew 4 · model said 9 (87%)". */
    static String caption(Fool fool) {
        return String.format(Locale.ROOT, "drew %d · model said %d (%.0f%%)", fool.intended(), fool.answer(),
                100 * fool.confidence());
    }

    static WritableImage picture(Fool fool) {
        WritableImage image = new WritableImage(fool.width(), fool.height());
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < fool.height(); y++) {
            for (int x = 0; x < fool.width(); x++) {
                int grey = fool.pixel(x, y);
                writer.setArgb(x, y, 0xFF000000 | grey << 16 | grey << 8 | grey);
            }
        }
        return image;
    }

    /** A fool as a row: the drawing and its caption, the model's name below in small print. */
    private static final class FoolCell extends ListCell<Fool> {
        private final ImageView picture = new ImageView();
        private final Label caption = new Label();
        private final Label model = new Label();
        private final HBox row = new HBox(picture, new VBox(caption, model));

        FoolCell() {
            picture.setFitWidth(PICTURE);
            picture.setFitHeight(PICTURE);
            picture.setPreserveRatio(true);
            picture.getStyleClass().add("fool-picture");
            caption.getStyleClass().add("fool-caption");
            caption.setWrapText(true);
            model.getStyleClass().addAll("muted", "fool-model");
            row.getStyleClass().add("fool-row");
        }

        @Override
        protected void updateItem(Fool fool, boolean empty) {
            super.updateItem(fool, empty);
            if (empty || fool == null) {
                setGraphic(null);
                return;
            }
            picture.setImage(picture(fool));
            caption.setText(caption(fool));
            model.setText(fool.model());
            setGraphic(row);
        }
    }
}
