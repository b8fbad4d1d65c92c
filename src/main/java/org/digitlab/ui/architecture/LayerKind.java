package org.digitlab.ui.architecture;

/** The layer types the editor offers, named as Keras names them. */
public enum LayerKind {
    DENSE("Dense"),
    CONV2D("Conv2D"),
    MAX_POOL("MaxPooling2D"),
    AVG_POOL("AveragePooling2D"),
    ZERO_PADDING("ZeroPadding2D"),
    DROPOUT("Dropout"),
    BATCH_NORM("BatchNormalization"),
    ACTIVATION("Activation"),
    FLATTEN("Flatten"),
    OUTPUT("Output");

    private final String label;

    LayerKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
