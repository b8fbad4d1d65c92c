package org.digitlab.ui.controls;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Keeps a table's column widths in proportion to its font. Widths are given in pixels at the
 * theme's 14 px; when a look changes the font (projector: 22 px) every column grows by the same
 * factor and may not shrink below that, so headers such as "Params" and counts such as 78,500 are
 * never cut to "Pa..." and "78,...". A table wider than its place scrolls sideways.
 */
public final class FontScaledColumns {

    /** The font size the given widths are for: theme.css's. */
    static final double BASE_FONT_SIZE = 14;

    private FontScaledColumns() {
    }

    /**
     * Records each column's preferred width as its width at the base font size, and scales them
     * all whenever {@code fontSource} (a header label, styled like the table) changes font.
     */
    public static void install(TableView<?> table, Labeled fontSource) {
        Map<TableColumn<?, ?>, Double> base = new IdentityHashMap<>();
        table.getColumns().forEach(column -> base.put(column, column.getPrefWidth()));
        Runnable fit = () -> {
            double scale = Math.max(1, fontSource.getFont().getSize() / BASE_FONT_SIZE);
            base.forEach((column, width) -> {
                double scaled = Math.ceil(width * scale);
                column.setMinWidth(scaled);
                column.setPrefWidth(scaled);
            });
        };
        fontSource.fontProperty().addListener(obs -> fit.run());
        fit.run();
    }
}
