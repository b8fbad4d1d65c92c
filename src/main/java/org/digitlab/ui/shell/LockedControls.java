package org.digitlab.ui.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.digitlab.ui.lessons.TeacherLock;

/**
 * Puts a {@link TeacherLock} on the window's real controls: a locked one is disabled, styled
 * {@code lesson-locked} and says why in its tooltip, so students see it is there but held; a hidden
 * one (and its label in a settings grid) is styled {@code lesson-hidden}, which collapses it as the
 * projector look collapses {@code advanced} controls. Everything is undone when the lock lifts.
 */
final class LockedControls {

    static final String LOCKED_CLASS = "lesson-locked";
    static final String HIDDEN_CLASS = "lesson-hidden";
    static final String LOCKED_TIP = "Locked by the lesson — the teacher's PIN unlocks";
    private static final String SAVED_TIP = "lesson.savedTooltip";
    private static final String ARCHITECTURE = "architecture-view";
    private static final String TRAINING = "training-view";
    private static final String DRAW = "draw-view";
    /** Each lesson control as the views' node ids, inside the view (by style class) that holds them. */
    private static final Map<org.digitlab.lesson.Control, List<String[]>> NODES = nodes();

    private final Parent window;
    private final TeacherLock lock;

    LockedControls(Parent window, TeacherLock lock) {
        this.window = window;
        this.lock = lock;
        SetChangeListener<org.digitlab.lesson.Control> onChange = change -> applyAll();
        lock.locked().addListener(onChange);
        lock.hidden().addListener(onChange);
    }

    private static Map<org.digitlab.lesson.Control, List<String[]>> nodes() {
        Map<org.digitlab.lesson.Control, List<String[]>> map = new EnumMap<>(org.digitlab.lesson.Control.class);
        put(map, org.digitlab.lesson.Control.PRESETS, ARCHITECTURE, "presetList", "resetButton");
        put(map, org.digitlab.lesson.Control.LAYERS, ARCHITECTURE, "layerTable", "newLayerKind", "addButton",
                "removeButton", "upButton", "downButton");
        put(map, org.digitlab.lesson.Control.SPEC_FILES, ARCHITECTURE, "openButton", "saveButton");
        put(map, org.digitlab.lesson.Control.SUMMARY, ARCHITECTURE, "totalParams", "summaryText");
        put(map, org.digitlab.lesson.Control.OPTIMIZER, ARCHITECTURE, "optimizerChoice");
        put(map, org.digitlab.lesson.Control.LEARNING_RATE, ARCHITECTURE, "learningRateField");
        put(map, org.digitlab.lesson.Control.LOSS, ARCHITECTURE, "lossChoice");
        put(map, org.digitlab.lesson.Control.BATCH_SIZE, ARCHITECTURE, "batchSpinner");
        put(map, org.digitlab.lesson.Control.EPOCHS, ARCHITECTURE, "epochsSpinner");
        put(map, org.digitlab.lesson.Control.SEED, ARCHITECTURE, "seedField");
        put(map, org.digitlab.lesson.Control.DATASET, ARCHITECTURE, "datasetChoice");
        put(map, org.digitlab.lesson.Control.SPLIT, ARCHITECTURE, "splitChoice");
        put(map, org.digitlab.lesson.Control.VALIDATION_SHARE, ARCHITECTURE, "fractionSpinner");
        put(map, org.digitlab.lesson.Control.LEARNING_RATE_DECAY, ARCHITECTURE, "decaySpinner");
        put(map, org.digitlab.lesson.Control.SHIFT, ARCHITECTURE, "shiftSpinner");
        put(map, org.digitlab.lesson.Control.STROKES, ARCHITECTURE, "strokesCheck");
        put(map, org.digitlab.lesson.Control.IMAGE_LIMIT, TRAINING, "limitChoice");
        put(map, org.digitlab.lesson.Control.TRAIN_MORE, TRAINING, "trainMoreButton");
        put(map, org.digitlab.lesson.Control.MODEL, DRAW, "modelPicker");
        put(map, org.digitlab.lesson.Control.PREPROCESSING_SWITCHES, DRAW, "scaleToggle", "centreToggle");
        return map;
    }

    private static void put(Map<org.digitlab.lesson.Control, List<String[]>> map,
                            org.digitlab.lesson.Control control, String view, String... ids) {
        map.put(control, java.util.Arrays.stream(ids).map(id -> new String[] {view, id}).toList());
    }

    /** The nodes a lesson control stands for; empty when the window has none of them. */
    List<Node> nodesOf(org.digitlab.lesson.Control control) {
        List<Node> found = new ArrayList<>();
        for (String[] place : NODES.getOrDefault(control, List.of())) {
            for (Node view : find(window, n -> n.getStyleClass().contains(place[0]))) {
                found.addAll(find(view, n -> place[1].equals(n.getId())));
            }
        }
        return found;
    }

    /** Marks every mapped node as the lock says now; called whenever what is locked or hidden changes. */
    void applyAll() {
        for (org.digitlab.lesson.Control control : org.digitlab.lesson.Control.values()) {
            boolean locked = lock.locked().contains(control);
            boolean hidden = lock.hidden().contains(control);
            for (Node node : nodesOf(control)) {
                markLocked(node, locked);
                markHidden(node, hidden);
            }
        }
    }

    private static void markLocked(Node node, boolean locked) {
        boolean marked = node.getStyleClass().contains(LOCKED_CLASS);
        if (locked == marked) {
            return;
        }
        if (locked) {
            node.getStyleClass().add(LOCKED_CLASS);
        } else {
            node.getStyleClass().removeAll(LOCKED_CLASS);
        }
        // A control whose disabling a view binds (e.g. to "nothing selected") is held by ignoring the mouse instead.
        if (node.disableProperty().isBound()) {
            node.setMouseTransparent(locked);
            node.setFocusTraversable(!locked);
        } else {
            node.setDisable(locked);
        }
        if (node instanceof Control control) {
            if (locked) {
                node.getProperties().put(SAVED_TIP, control.getTooltip() == null ? "" : control.getTooltip());
                control.setTooltip(new Tooltip(LOCKED_TIP));
            } else {
                Object saved = node.getProperties().remove(SAVED_TIP);
                control.setTooltip(saved instanceof Tooltip tip ? tip : null);
            }
        }
    }

    private static void markHidden(Node node, boolean hidden) {
        List<Node> marked = new ArrayList<>(List.of(node));
        // The label beside a setting in a grid goes with it, so no caption is left over a gap.
        if (node.getParent() instanceof GridPane grid && GridPane.getRowIndex(node) != null) {
            grid.getChildren().stream().filter(n -> n != node && GridPane.getRowIndex(n) != null
                    && GridPane.getRowIndex(n).equals(GridPane.getRowIndex(node))
                    && n instanceof javafx.scene.control.Label).forEach(marked::add);
        }
        for (Node each : marked) {
            each.getStyleClass().removeAll(HIDDEN_CLASS);
            if (hidden) {
                each.getStyleClass().add(HIDDEN_CLASS);
            }
        }
    }

    /** Every node under {@code root} that matches, looking into tabs, scroll panes and splits not laid out yet. */
    private static List<Node> find(Node root, Predicate<Node> wanted) {
        List<Node> found = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(root));
        java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Node node = todo.remove(todo.size() - 1);
            if (node == null || !seen.add(node)) {
                continue;
            }
            if (wanted.test(node)) {
                found.add(node);
            }
            if (node instanceof TabPane tabs) {
                tabs.getTabs().stream().map(Tab::getContent).forEach(todo::add);
            } else if (node instanceof ScrollPane scroll) {
                todo.add(scroll.getContent());
            } else if (node instanceof SplitPane split) {
                todo.addAll(split.getItems());
            }
            if (node instanceof Parent parent) {
                todo.addAll(parent.getChildrenUnmodifiable());
            }
        }
        return found;
    }
}
