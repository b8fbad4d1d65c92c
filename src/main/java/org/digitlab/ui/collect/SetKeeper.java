package org.digitlab.ui.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.digitlab.data.ImageSet;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.data.collected.CollectedSets;
import org.digitlab.data.collected.Drawing;
import org.digitlab.data.collected.DrawnStroke;
import org.digitlab.inference.CanvasPreprocessor;
import org.digitlab.inference.PreprocessedDigit;
import org.digitlab.ui.strokes.Stroke;
import org.digitlab.ui.strokes.StrokeRasterizer;

/**
 * Collect mode's side of the datasets folder: reads the named set, and keeps a drawing in it (its
 * strokes, and the 28×28 image MNIST's preprocessing makes of them) and saves the set at once. It
 * remembers the set as last read or written, so keeping one drawing after another does not read
 * the file again each time.
 *
 * <p>Apart from {@link CollectViewModel} because this is the part that runs on the background
 * executor and touches the disk: its methods are called only from there, one at a time, while the
 * view-model's properties are touched only on the FX thread. The two meet in the view-model's
 * futures, so which thread may touch what can be read off the class.
 */
public final class SetKeeper {

    private final CollectedSets sets;
    private final Clock clock;
    private final CanvasPreprocessor preprocessor = new CanvasPreprocessor(CollectedSet.SIDE);
    /** The set as last read or written. */
    private CollectedSet set;

    /** @param clock stamps each drawing with when it was kept */
    SetKeeper(CollectedSets sets, Clock clock) {
        this.sets = sets;
        this.clock = clock;
    }

    /** The set of this name, made empty if there is none yet; null while the name is not valid. */
    synchronized CollectedSet read(String name) {
        try {
            CollectedSet.checkName(name);
        } catch (IllegalArgumentException e) {
            return null; // a name still being typed: nothing to show yet
        }
        try {
            set = sets.loadOrCreate(name);
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The drawing into the set, the set to disk; the saved set, or null when there is no digit to keep. */
    synchronized CollectedSet keep(List<Stroke> strokes, int digit, String name, String who) {
        PreprocessedDigit processed = preprocessor.process(StrokeRasterizer.raster(strokes));
        if (!processed.hasDigit()) {
            return null;
        }
        try {
            CollectedSet current = set != null && set.name().equals(CollectedSet.checkName(name)) ? set
                    : sets.loadOrCreate(name);
            CollectedSet more = current.plus(new Drawing(digit, who, clock.instant(), drawn(strokes),
                    bytes(processed.image())));
            sets.save(more);
            set = more;
            return more;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canvas's strokes as a collected set keeps them. */
    public static List<DrawnStroke> drawn(List<Stroke> strokes) {
        List<DrawnStroke> result = new ArrayList<>(strokes.size());
        for (Stroke s : strokes) {
            double[] x = s.xs().stream().mapToDouble(Double::doubleValue).toArray();
            double[] y = s.ys().stream().mapToDouble(Double::doubleValue).toArray();
            result.add(new DrawnStroke(x, y, s.width(), s.eraser()));
        }
        return result;
    }

    /** Values 0..1 (ink bright) as IDX bytes 0..255. */
    public static byte[] bytes(float[] image) {
        byte[] result = new byte[image.length];
        for (int i = 0; i < image.length; i++) {
            result[i] = (byte) Math.round(Math.max(0, Math.min(1, image[i])) * ImageSet.MAX_PIXEL);
        }
        return result;
    }
}
