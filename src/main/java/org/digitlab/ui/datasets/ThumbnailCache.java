package org.digitlab.ui.datasets;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.digitlab.data.DatasetSplit;
import org.digitlab.data.ImageSet;

/**
 * Renders dataset images to JavaFX images on demand and keeps the most recently shown ones. The
 * grid only ever asks for the images on screen, so 60,000 images never become 60,000 JavaFX
 * images; the bound keeps scrolling back and forth cheap without growing without limit.
 */
final class ThumbnailCache {

    /** Enough for several screens of thumbnails in both directions. */
    static final int DEFAULT_CAPACITY = 2_000;

    private static final int OPAQUE = 0xFF00_0000;
    private static final int MAX_PIXEL = ImageSet.MAX_PIXEL;

    /** What identifies a thumbnail: the same index means another image in another split. */
    record Key(String dataset, DatasetSplit split, int index) {
    }

    private final Map<Key, Image> images;

    ThumbnailCache(int capacity) {
        // Access order makes the map an LRU: the eldest entry is the least recently shown.
        images = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    Image get(Key key, ImageSet set) {
        return images.computeIfAbsent(key, k -> render(set, k.index()));
    }

    void clear() {
        images.clear();
    }

    int size() {
        return images.size();
    }

    /**
     * One image at its own resolution, ink dark on light paper as the notebooks plot MNIST
     * ({@code cmap=gray_r}); views scale it up without smoothing, so pixels stay crisp.
     */
    static Image render(ImageSet set, int index) {
        byte[] pixels = set.copyImage(index);
        int[] argb = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int paper = MAX_PIXEL - (pixels[i] & MAX_PIXEL);
            argb[i] = OPAQUE | paper << 16 | paper << 8 | paper;
        }
        WritableImage image = new WritableImage(set.cols(), set.rows());
        image.getPixelWriter().setPixels(0, 0, set.cols(), set.rows(), PixelFormat.getIntArgbInstance(),
                argb, 0, set.cols());
        return image;
    }
}
