package org.digitlab.ui.architecture;

/** An editable column of the layer table; which layers have it is {@link LayerFields}' business. */
public enum LayerField {
    SIZE("Units / filters"),
    KERNEL("Kernel"),
    STRIDE("Stride"),
    PADDING("Padding"),
    POOL("Pool size"),
    ZERO_PAD("Zero pad"),
    ACTIVATION("Activation"),
    RATE("Dropout rate");

    private final String title;

    LayerField(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
