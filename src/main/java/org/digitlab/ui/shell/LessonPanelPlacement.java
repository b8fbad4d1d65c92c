package org.digitlab.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * Where the Lessons panel goes while its toggle is on: beside the views when they keep the width
 * they need, else floating over their right edge. A view squeezed below its minimum cuts its
 * controls off (the Architecture editor on a 1024-pixel projector); a panel that only folded away
 * left a 1024 × 768 classroom without the lesson. Floating, the panel covers part of the view until
 * the toggle folds it; the view underneath keeps its whole layout.
 */
final class LessonPanelPlacement {

    static final String FLOATING = "lesson-floating";

    private final BorderPane root;
    private final StackPane centre;
    private final TabPane sections;
    private final Node panel;
    private final ToggleButton toggle;
    private final ToggleButton projector;
    private final double projectorMinWidth;
    private final String besideTip;

    /**
     * @param projectorMinWidth the width the views need in the projector look, beyond what their
     *     minimum sizes say (measured: see MainView)
     */
    LessonPanelPlacement(BorderPane root, StackPane centre, TabPane sections, Node panel, ToggleButton toggle,
                         ToggleButton projector, double projectorMinWidth) {
        this.root = root;
        this.centre = centre;
        this.sections = sections;
        this.panel = panel;
        this.toggle = toggle;
        this.projector = projector;
        this.projectorMinWidth = projectorMinWidth;
        this.besideTip = toggle.getTooltip().getText();
        panel.managedProperty().bind(panel.visibleProperty());
        panel.setVisible(false);
        StackPane.setAlignment(panel, Pos.TOP_RIGHT);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addPreLayoutPulseListener(this::place);
            }
        });
    }

    /**
     * Decided before each layout from the looks' sizes. Every view counts, not only the one shown:
     * the sections lay out their hidden views too, and a split squeezed while hidden keeps its
     * dividers moved.
     */
    private void place() {
        double widest = sections.getTabs().stream().filter(t -> t.getContent() != null)
                .mapToDouble(t -> t.getContent().minWidth(-1)).max().orElse(0);
        if (projector.isSelected()) {
            widest = Math.max(widest, projectorMinWidth);
        }
        boolean fits = root.getWidth() - panel.prefWidth(-1) >= widest;
        boolean show = toggle.isSelected();
        boolean floating = show && !fits;
        if (floating && panel.getParent() != centre) {
            root.setRight(null);
            centre.getChildren().add(panel);
            panel.getStyleClass().add(FLOATING);
        } else if (!floating && panel.getParent() == centre) {
            centre.getChildren().remove(panel);
            panel.getStyleClass().remove(FLOATING);
            root.setRight(panel);
        }
        if (panel.isVisible() != show) {
            panel.setVisible(show);
        }
        String tip = floating ? "The lesson floats over the view's right edge: the views need the window's whole"
                + " width. Lessons folds it away; a wider window puts it beside the views." : besideTip;
        if (!tip.equals(toggle.getTooltip().getText())) {
            toggle.getTooltip().setText(tip);
        }
    }
}
