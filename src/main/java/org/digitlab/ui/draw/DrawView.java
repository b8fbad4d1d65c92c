package org.digitlab.ui.draw;

import org.digitlab.ui.AppContext;

/** The Draw view's controller (placeholder). */
public final class DrawView {

    private final AppContext context;

    public DrawView(AppContext context) {
        this.context = context;
    }

    AppContext context() {
        return context;
    }
}
