package org.digitlab.ui.draw;

import java.io.File;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.digitlab.lesson.Fool;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.FileDialogs;

/**
 * The challenge's gallery, in a window of its own ({@link FoolsWindow}): each fool a card with its
 * drawing, large, what was drawn and what the model said; the chosen card opens in Draw, all of
 * them export as PNGs and a CSV.
 */
public final class FoolsView {

    /** Shown this large, a drawing reads from the back of a classroom. */
    static final double PICTURE = 180;

    private final AppContext context;
    private final ToggleGroup chosen = new ToggleGroup();
    private ChallengeViewModel challenge;
    private Consumer<Fool> onOpen = fool -> { };

    @FXML private VBox root;
    @FXML private TilePane foolTiles;
    @FXML private Label emptyHint;
    @FXML private Button openButton;
    @FXML private Button exportButton;
    @FXML private Button removeButton;
    @FXML private Label foolsStatus;

    public FoolsView(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        openButton.disableProperty().bind(chosen.selectedToggleProperty().isNull());
        removeButton.disableProperty().bind(openButton.disableProperty());
    }

    /** Shows {@code model}'s gallery; "Open in Draw" hands the chosen fool to {@code open}. */
    void attach(ChallengeViewModel model, Consumer<Fool> open) {
        this.challenge = model;
        this.onOpen = open;
        model.fools().addListener((ListChangeListener<Fool>) change -> showTiles());
        showTiles();
        emptyHint.visibleProperty().bind(Bindings.isEmpty(model.fools()));
        emptyHint.managedProperty().bind(emptyHint.visibleProperty());
        exportButton.disableProperty().bind(model.canExportProperty().not());
        foolsStatus.textProperty().bind(model.statusProperty());
    }

    @FXML
    void open() {
        Fool fool = selected();
        if (fool != null) {
            onOpen.accept(fool);
        }
    }

    @FXML
    void remove() {
        Fool fool = selected();
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

    private Fool selected() {
        return chosen.getSelectedToggle() == null ? null : (Fool) chosen.getSelectedToggle().getUserData();
    }

    /** The newest fool first: the one just kept is where the class looks. */
    private void showTiles() {
        Fool was = selected();
        chosen.getToggles().clear();
        foolTiles.getChildren().clear();
        for (int i = challenge.fools().size() - 1; i >= 0; i--) {
            Fool fool = challenge.fools().get(i);
            ToggleButton card = card(fool);
            card.setToggleGroup(chosen);
            card.setSelected(fool.equals(was));
            foolTiles.getChildren().add(card);
        }
    }

    private static ToggleButton card(Fool fool) {
        ImageView picture = new ImageView(picture(fool));
        picture.setFitWidth(PICTURE);
        picture.setFitHeight(PICTURE);
        picture.setPreserveRatio(true);
        picture.getStyleClass().add("fool-picture");
        Label caption = new Label(caption(fool));
        caption.getStyleClass().add("fool-caption");
        Label model = new Label(fool.model());
        model.getStyleClass().addAll("muted", "fool-model");
        VBox content = new VBox(picture, caption, model);
        content.getStyleClass().add("fool-card-content");
        ToggleButton card = new ToggleButton(null, content);
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.getStyleClass().add("fool-card");
        card.setUserData(fool);
        return card;
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
}
