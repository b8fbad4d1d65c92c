package org.digitlab.ui.architecture;

/** An editable column of the layer table; which layers have it is {@link LayerFields}' business. */
public enum LayerField {
    SIZE("Units", 55),
    KERNEL("Kernel", 55),
    STRIDE("Stride", 55),
    PADDING("Padding", 70),
    POOL("Pool", 45),
    ZERO_PAD("Pad", 40),
    ACTIVATION("Activation", 85),
    RATE("Rate", 45);

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
