package org.digitlab.inference;

/** How a saliency map is measured: from the network's gradient, or by hiding parts of the image. */
public enum SaliencyKind {
    /**
     * The gradient of the class's log-probability times the pixel's ink: how much each inked pixel
     * pushed the answer up (positive) or down (negative). Paper pixels get nothing.
     */
    GRADIENT_X_INPUT("gradient × ink"),
    /**
     * The gradient alone: where more ink would push the class up (positive) or down. Shows what
     * would make the drawing a chosen digit ("what would make it a 7?").
     */
    GRADIENT("where more ink helps"),
    /**
     * Occlusion: every 4×4 patch (stride 2) rubbed out in turn, all copies in one batched forward
     * pass; an inked pixel gets the mean drop in the class's log-probability of the patches that hid
     * it, times its ink.
     */
    OCCLUSION("occlusion");

    private final String label;

    SaliencyKind(String label) {
        this.label = label;
    }

    /** What the Draw view's chooser and the CLI's file names say. */
    public String label() {
        return label;
    }

    /** The lower-case, dashed name used on the command line and in file names. */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
