package org.digitlab.ui.architecture;

/** An editable column of the layer table; which layers have it is {@link LayerFields}' business. */
public enum LayerField {
    SIZE("Units", 70),
    KERNEL("Kernel", 60),
    STRIDE("Stride", 60),
    PADDING("Padding", 75),
    POOL("Pool", 50),
    ZERO_PAD("Pad", 45),
    ACTIVATION("Activation", 95),
    RATE("Rate", 50);

    private final String title;
    private final double width;

    LayerField(String title, double width) {
        this.title = title;
        this.width = width;
    }

    /** The column's width in pixels at the default font size. */
    public double width() {
        return width;
    }

    public String title() {
        return title;
    }
}
