package org.digitlab.ui.architecture;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.digitlab.model.ArchitectureSpec;

/**
 * A preset's name, id and notebook, one to a line, each wrapped to the list's width. With no
 * preferred width of its own the list sizes every cell to its visible width, so a long name
 * ("MLP sigmoid + MSE" in projector mode) takes another line instead of making the list
 * scroll sideways.
 */
final class PresetCell extends ListCell<ArchitectureSpec> {

    PresetCell() {
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ArchitectureSpec item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.name() + "\n" + item.id() + notebook(item));
        setTooltip(empty || item == null ? null : new Tooltip(item.description()));
    }

    private static String notebook(ArchitectureSpec spec) {
        return spec.notebook().isEmpty() ? "" : spec.notebook().matches("\\d+")
                ? "\nnotebook " + spec.notebook() : "\n" + spec.notebook();
    }
}
