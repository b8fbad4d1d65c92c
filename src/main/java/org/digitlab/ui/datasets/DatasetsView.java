package org.digitlab.ui.datasets;

import org.digitlab.ui.AppContext;

/** The dataset browser's controller (placeholder until the browser lands). */
public final class DatasetsView {

    private final AppContext context;

    public DatasetsView(AppContext context) {
        this.context = context;
    }

    AppContext context() {
        return context;
    }
}
