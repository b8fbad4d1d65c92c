package org.digitlab.ui.architecture;

/** An editable column of the layer table; which layers have it is {@link LayerFields}' business. */
public enum LayerField {
    SIZE("Units", 120),
    KERNEL("Kernel", 68),
    STRIDE("Stride", 66),
    PADDING("Padding", 80),
    POOL("Pool", 56),
    ZERO_PAD("Pad", 50),
    ACTIVATION("Activation", 96),
    RATE("Rate", 56);

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

    /** The column's header: the size of a Dense layer is its units, of a convolution its filters. */
    public String header() {
        return this == SIZE ? "Units / filters" : title;
    }
}
