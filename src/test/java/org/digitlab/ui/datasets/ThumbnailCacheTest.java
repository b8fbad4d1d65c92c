package org.digitlab.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.image.Image;
import org.digitlab.data.DatasetSplit;
import org.digitlab.data.ImageSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The thumbnail cache stays bounded and evicts the least recently shown image. */
@ExtendWith(ApplicationExtension.class)
class ThumbnailCacheTest {

    private static final int SIDE = 2;

    @Test
    void keepsAtMostItsCapacityEvictingTheLeastRecentlyShown() {
        byte[] pixels = {0, (byte) 255, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8};
        ImageSet set = new ImageSet(SIDE, SIDE, pixels, new byte[] {0, 1, 2});
        ThumbnailCache cache = new ThumbnailCache(2);
        Image first = cache.get(key(0), set);
        cache.get(key(1), set);
        assertSame(first, cache.get(key(0), set), "a hit returns the cached image");
        cache.get(key(2), set); // evicts 1, the least recently shown
        assertEquals(2, cache.size());
        assertSame(first, cache.get(key(0), set));
        assertNotSame(first, cache.get(new ThumbnailCache.Key("mnist", DatasetSplit.TEST, 0), set),
                "the same index in another split is another image");
        Image rendered = ThumbnailCache.render(set, 0);
        assertEquals(0xFF000000, rendered.getPixelReader().getArgb(1, 0), "full ink is dark");
        assertEquals(0xFFFFFFFF, rendered.getPixelReader().getArgb(0, 0), "no ink is paper");
    }

    private static ThumbnailCache.Key key(int index) {
        return new ThumbnailCache.Key("mnist", DatasetSplit.TRAIN, index);
    }
}
