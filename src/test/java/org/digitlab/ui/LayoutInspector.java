package org.digitlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.digitlab.ui.controls.StemPlot;

/**
 * Walks a shown scene and lists what a person at the back of a classroom could not read: a
 * label cut short with "…", a control that sticks out of the window or out of a pane that clips it
 * without scrolling, siblings of a layout pane drawn over each other, text below the look's
 * smallest size (canvas-drawn stem labels included), text too close to its background's colour and
 * a list of text whose cells are wider than the list (it scrolls sideways).
 * Content of a scroll pane or a virtualised list may lie outside the window: it scrolls.
 */
final class LayoutInspector {

    /** Slack for sub-pixel snapping. */
    private static final double TOLERANCE = 1.0;
    /** WCAG's minimum contrast for large text; below it a projected label washes out. */
    private static final double MIN_CONTRAST = 3.0;

    private final double minFontSize;
    private final boolean sidewaysAllowed;
    private final List<String> problems = new ArrayList<>();

    private LayoutInspector(double minFontSize, boolean sidewaysAllowed) {
        this.minFontSize = minFontSize;
        this.sidewaysAllowed = sidewaysAllowed;
    }

    /**
     * Everything wrong in {@code scene}, one line per node.
     *
     * @param sidewaysAllowed whether a view may scroll sideways (projector mode on a 1024-pixel
     *     screen: the confusion matrix at 22 px and its two neighbours are wider than the screen)
     */
    static List<String> inspect(Scene scene, double minFontSize, boolean sidewaysAllowed) {
        LayoutInspector inspector = new LayoutInspector(minFontSize, sidewaysAllowed);
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        inspector.walk(scene.getRoot(), window, false);
        return inspector.problems;
    }

    /**
     * @param limit the area outside which a shown node is cut off (the window, narrowed by clips)
     * @param scrolls whether an ancestor scrolls, so that the node may lie beyond {@code limit}
     */
    private void walk(Node node, Bounds limit, boolean scrolls) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        boolean shown = bounds.getWidth() > 0 && bounds.getHeight() > 0 && overlaps(bounds, limit);
        if (shown) {
            check(node, bounds, limit, scrolls);
        }
        if (node instanceof StemPlot plot && shown && plot.labelFontSize() < minFontSize) {
            problems.add("stem labels drawn at " + round(plot.labelFontSize()) + " px < " + minFontSize + ": "
                    + describe(node));
        }
        if (node instanceof Parent parent) {
            Bounds childLimit = limit;
            boolean childScrolls = scrolls || node instanceof ScrollPane || node instanceof VirtualFlow
                    || node instanceof TableHeaderRow;
            if (node.getClip() != null && !childScrolls) {
                childLimit = intersect(limit, node.localToScene(node.getClip().getBoundsInParent()));
            }
            if (isLayoutPane(node)) {
                checkOverlaps(parent);
            }
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, childLimit, childScrolls);
            }
        }
    }

    private void check(Node node, Bounds bounds, Bounds limit, boolean scrolls) {
        if (!scrolls && node instanceof Control && !contains(limit, bounds)) {
            problems.add("cut off (" + round(bounds) + " outside " + round(limit) + "): " + describe(node));
        }
        if (node instanceof Labeled labeled) {
            checkTruncation(labeled);
        }
        if (node instanceof ListView<?> list && list.getOrientation() == Orientation.VERTICAL) {
            checkListWidth(list);
        }
        if (!sidewaysAllowed && node instanceof ScrollPane pane && pane.isFitToWidth() && pane.getContent() != null
                && pane.getContent().getLayoutBounds().getWidth() > pane.getViewportBounds().getWidth() + TOLERANCE) {
            problems.add("scrolls sideways (content " + round(pane.getContent().getLayoutBounds().getWidth())
                    + " px in " + round(pane.getViewportBounds().getWidth()) + "): " + describe(pane));
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            double size = text.getFont().getSize();
            if (size < minFontSize - 0.01) {
                problems.add("text " + round(size) + " px < " + minFontSize + ": " + describe(owner(text)));
            }
            checkContrast(text);
        }
    }

    private void checkTruncation(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isEmpty() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        Optional<Text> shownText = labeled.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance).map(Text.class::cast).findFirst();
        if (shownText.isEmpty()) {
            return; // a skin that shows its text through an inner label (MenuButton), checked on its own
        }
        String shown = shownText.get().getText();
        if (!full.equals(shown)) {
            problems.add("truncated \"" + shown + "\" of \"" + full + "\": " + describe(labeled));
        }
    }

    /**
     * A vertical list of text scrolls sideways when its widest cell is wider than the list: the
     * reader sees "MLP sigmoid + M" and has to scroll to read a name. Its cells should wrap instead.
     */
    private void checkListWidth(ListView<?> list) {
        Node flow = list.lookup(".virtual-flow");
        Node viewport = flow == null ? null : flow.lookup(".clipped-container");
        if (!(viewport instanceof Region clip)) {
            return;
        }
        for (Node cell : list.lookupAll(".list-cell")) {
            if (cell instanceof ListCell<?> listCell && listCell.isVisible() && listCell.getText() != null
                    && !listCell.getText().isEmpty() && listCell.getWidth() > clip.getWidth() + TOLERANCE) {
                problems.add("list scrolls sideways (cell " + round(listCell.getWidth()) + " px in "
                        + round(clip.getWidth()) + "): " + describe(list));
                return;
            }
        }
    }

    private void checkContrast(Text text) {
        if (!(text.getFill() instanceof Color fill) || text.isDisabled()) {
            return;
        }
        Color background = background(text);
        double ratio = contrast(fill, background);
        if (ratio < MIN_CONTRAST) {
            problems.add("contrast " + round(ratio) + ":1 (" + fill + " on " + background + "): "
                    + describe(owner(text)));
        }
    }

    /**
     * The colour behind a node: the nearest ancestor that paints a background, a translucent one
     * (the confusion matrix's tints) mixed with what lies beneath it.
     */
    private static Color background(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region region) {
                Color colour = topFill(region.getBackground());
                if (colour != null) {
                    if (colour.getOpacity() >= 1) {
                        return colour;
                    }
                    Color under = background(region.getParent());
                    return under.interpolate(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue()),
                            colour.getOpacity());
                }
            }
        }
        return Color.WHITE;
    }

    private static Color topFill(Background background) {
        if (background == null) {
            return null;
        }
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            Color colour = colourOf(fills.get(i).getFill());
            if (colour != null && colour.getOpacity() > 0.02) {
                return colour;
            }
        }
        return null;
    }

    private static Color colourOf(Paint paint) {
        if (paint instanceof Color colour) {
            return colour;
        }
        if (paint instanceof LinearGradient gradient && !gradient.getStops().isEmpty()) {
            Color a = gradient.getStops().get(0).getColor();
            Color b = gradient.getStops().get(gradient.getStops().size() - 1).getColor();
            return a.interpolate(b, 0.5);
        }
        return null;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** Panes that place their children side by side: two of them on top of each other is a defect. */
    private static boolean isLayoutPane(Node node) {
        return node instanceof HBox || node instanceof VBox || node instanceof FlowPane || node instanceof GridPane
                || node instanceof TilePane || node instanceof BorderPane;
    }

    private void checkOverlaps(Parent pane) {
        List<Node> children = pane.getChildrenUnmodifiable().stream()
                .filter(c -> c.isVisible() && c.isManaged() && c.getLayoutBounds().getWidth() > TOLERANCE
                        && c.getLayoutBounds().getHeight() > TOLERANCE)
                .toList();
        Bounds own = pane.getLayoutBounds();
        for (Node child : children) {
            Bounds b = placed(child);
            if (child instanceof Region && (b.getMaxY() > own.getMaxY() + TOLERANCE || b.getMinY() < own.getMinY() - TOLERANCE
                    || b.getMaxX() > own.getMaxX() + TOLERANCE || b.getMinX() < own.getMinX() - TOLERANCE)) {
                problems.add("spills out of its pane (" + round(b) + " in " + round(own) + "): " + describe(child));
            }
        }
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                Bounds a = placed(children.get(i));
                Bounds b = placed(children.get(j));
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > TOLERANCE && h > TOLERANCE) {
                    problems.add("overlap " + round(w) + "×" + round(h) + " px: " + describe(children.get(i))
                            + " and " + describe(children.get(j)));
                }
            }
        }
    }

    /** Where a pane put a child, without effects such as shadows. */
    private static Bounds placed(Node child) {
        Bounds local = child.getLayoutBounds();
        return new BoundingBox(child.getLayoutX() + child.getTranslateX() + local.getMinX(),
                child.getLayoutY() + child.getTranslateY() + local.getMinY(), local.getWidth(), local.getHeight());
    }

    /** The control a skin's text belongs to, so that a message names something a person can find. */
    private static Node owner(Text text) {
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Control) {
                return n;
            }
        }
        return text;
    }

    /** Class, id, style classes, text and the nearest ancestor with an id. */
    static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            s.append('#').append(node.getId());
        }
        node.getStyleClass().forEach(c -> s.append('.').append(c));
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            s.append(" \"").append(abbreviate(labeled.getText())).append('"');
        } else if (node instanceof Text text) {
            s.append(" \"").append(abbreviate(text.getText())).append('"');
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                s.append(" in #").append(n.getId());
                break;
            }
        }
        return s.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static boolean overlaps(Bounds a, Bounds b) {
        return a.getMaxX() > b.getMinX() && a.getMinX() < b.getMaxX() && a.getMaxY() > b.getMinY()
                && a.getMinY() < b.getMaxY();
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - TOLERANCE && inner.getMinY() >= outer.getMinY() - TOLERANCE
                && inner.getMaxX() <= outer.getMaxX() + TOLERANCE && inner.getMaxY() <= outer.getMaxY() + TOLERANCE;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }

    private static String round(Bounds b) {
        return Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " " + Math.round(b.getWidth()) + "×"
                + Math.round(b.getHeight());
    }
}
