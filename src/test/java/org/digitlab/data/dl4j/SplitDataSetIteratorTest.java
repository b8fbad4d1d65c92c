package org.digitlab.data.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.data.Offset;
import org.digitlab.data.DrawAugmenter;
import org.digitlab.data.ImageSet;
import org.digitlab.data.dl4j.SplitDataSetIterator.Layout;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

class SplitDataSetIteratorTest {

    private static final int ROWS = 2;
    private static final int COLS = 3;
    private static final int CLASSES = 4;
    private static final int IMAGES = 5;

    /** Image i is filled with 255 * i / 4 (0, 63, ..., 255), so a scaled pixel tells which image it came from. */
    private final ImageSet five = fiveImages();

    @Test
    void flatLayoutGivesOneRowPerImage() {
        DataSet batch = iterator(2, Layout.FLAT, 1).next();

        assertThat(batch.getFeatures().shape()).containsExactly(2, ROWS * COLS);
        assertThat(batch.getLabels().shape()).containsExactly(2, CLASSES);
    }

    @Test
    void imageLayoutIsChannelsFirst() {
        DataSet batch = iterator(2, Layout.IMAGE, 1).next();

        assertThat(batch.getFeatures().shape()).containsExactly(2, ROWS, COLS, 1);
    }

    @Test
    void pixelsAreScaledToUnitIntervalAndLabelsAreOneHot() {
        DataSet all = SplitDataSetIterator.inOrder(five, CLASSES, IMAGES, Layout.FLAT).next();

        for (int i = 0; i < IMAGES; i++) {
            assertThat(all.getFeatures().getFloat(i, 0)).isCloseTo((i * 255 / 4) / 255f, Offset.offset(1e-6f));
            float[] oneHot = all.getLabels().getRow(i).toFloatVector();
            float[] expected = new float[CLASSES];
            expected[i % CLASSES] = 1f;
            assertThat(oneHot).containsExactly(expected);
        }
        assertThat(all.getFeatures().maxNumber().floatValue()).isEqualTo(1f);
    }

    @Test
    void lastBatchIsShorterAndEpochEnds() {
        SplitDataSetIterator iterator = iterator(2, Layout.FLAT, 1);

        List<Long> sizes = new ArrayList<>();
        while (iterator.hasNext()) {
            sizes.add(iterator.next().getFeatures().size(0));
        }

        assertThat(sizes).containsExactly(2L, 2L, 1L);
        assertThat(iterator.totalExamples()).isEqualTo(IMAGES);
        assertThat(iterator.inputColumns()).isEqualTo(ROWS * COLS);
        assertThat(iterator.totalOutcomes()).isEqualTo(CLASSES);
        assertThat(iterator.asyncSupported()).isFalse();
        assertThat(iterator.resetSupported()).isTrue();
    }

    @Test
    void fullBatchesRefillOneNativeArrayWithEachBatchsPixels() {
        SplitDataSetIterator iterator = SplitDataSetIterator.inOrder(five, CLASSES, 2, Layout.FLAT);

        DataSet first = iterator.next();
        float firstPixel = first.getFeatures().getFloat(0, 0);
        DataSet second = iterator.next();

        // One array for every full batch, so its native memory is not left to Java's collector.
        assertThat(second.getFeatures()).isSameAs(first.getFeatures());
        assertThat(second.getFeatures().getFloat(0, 0)).isNotEqualTo(firstPixel)
                .isCloseTo((2 * 255 / 4) / 255f, Offset.offset(1e-6f));
        assertThat(second.getLabels().getFloat(0, 2)).isEqualTo(1f);
    }

    @Test
    void limitUsesOnlyTheFirstExamples() {
        SplitDataSetIterator iterator = new SplitDataSetIterator(five, CLASSES, 10, Layout.FLAT, 7, 3);

        assertThat(epoch(iterator)).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(iterator.totalExamples()).isEqualTo(3);
    }

    @Test
    void sameSeedGivesTheSameSequenceOfEpochs() {
        SplitDataSetIterator a = iterator(1, Layout.FLAT, 42);
        SplitDataSetIterator b = iterator(1, Layout.FLAT, 42);

        for (int epoch = 0; epoch < 3; epoch++) {
            assertThat(epoch(a)).isEqualTo(epoch(b));
            a.reset();
            b.reset();
        }
    }

    @Test
    void resetDrawsANewPermutation() {
        SplitDataSetIterator iterator = iterator(1, Layout.FLAT, 42);
        List<List<Integer>> epochs = new ArrayList<>();
        for (int epoch = 0; epoch < 6; epoch++) {
            epochs.add(epoch(iterator));
            iterator.reset();
        }

        assertThat(epochs).allSatisfy(order -> assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3, 4));
        assertThat(epochs.stream().distinct().count()).isGreaterThan(1);
    }

    @Test
    void preProcessorIsAppliedToEachBatch() {
        SplitDataSetIterator iterator = iterator(5, Layout.FLAT, 1);
        iterator.setPreProcessor(ds -> ds.getFeatures().muli(2));

        assertThat(iterator.next().getFeatures().maxNumber().floatValue()).isEqualTo(2f);
        assertThat(iterator.getPreProcessor()).isNotNull();
    }

    @Test
    void limitBeyondTheSetIsRejected() {
        assertThatThrownBy(() -> new SplitDataSetIterator(five, CLASSES, 2, Layout.FLAT, 1, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..5");
    }

    @Test
    void shiftMovesTheWholeImageByEveryOffsetInRangeAndKeepsItsInk() {
        int side = 9;
        byte[] pixels = new byte[side * side];
        pixels[4 * side + 4] = (byte) 255;
        ImageSet dot = new ImageSet(side, side, pixels, new byte[] {3});
        SplitDataSetIterator iterator = new SplitDataSetIterator(dot, CLASSES, 1, Layout.FLAT, 1, 1, 2);
        java.util.Set<Integer> offsets = new java.util.HashSet<>();

        for (int draw = 0; draw < 400; draw++) {
            iterator.reset();
            float[] image = iterator.next().getFeatures().toFloatVector();
            int lit = -1;
            for (int p = 0; p < image.length; p++) {
                if (image[p] > 0) {
                    assertThat(lit).as("one lit pixel").isEqualTo(-1);
                    lit = p;
                }
            }
            int dy = lit / side - 4;
            int dx = lit % side - 4;
            assertThat(dy).isBetween(-2, 2);
            assertThat(dx).isBetween(-2, 2);
            offsets.add(dy * 10 + dx);
        }

        assertThat(offsets).hasSize(25);
    }

    @Test
    void shiftLeavesTheOrderOfExamplesAlone() {
        SplitDataSetIterator plain = new SplitDataSetIterator(five, CLASSES, 2, Layout.FLAT, 3, IMAGES);
        SplitDataSetIterator shifted = new SplitDataSetIterator(five, CLASSES, 2, Layout.FLAT, 3, IMAGES, 1);

        for (int epoch = 0; epoch < 3; epoch++) {
            plain.reset();
            shifted.reset();
            while (plain.hasNext()) {
                assertThat(shifted.next().getLabels()).isEqualTo(plain.next().getLabels());
            }
        }
    }

    @Test
    void strokesServeHalfTheImagesAsTheyAreAndTheRestHardEdgedSomeBolder() {
        int side = 7;
        byte[] pixels = new byte[side * side];
        pixels[3 * side + 3] = (byte) 255; // full ink
        pixels[3 * side + 4] = (byte) 200; // above half: becomes full ink
        pixels[2 * side + 3] = (byte) 60;  // faint: becomes blank
        ImageSet stroke = new ImageSet(side, side, pixels, new byte[] {1});
        SplitDataSetIterator iterator = new SplitDataSetIterator(stroke, CLASSES, 1, Layout.FLAT, 5, 1, 0, true);
        int asDrawn = 0;
        int hardEdged = 0;
        int bolder = 0;

        for (int draw = 0; draw < 400; draw++) {
            iterator.reset();
            float[] image = iterator.next().getFeatures().toFloatVector();
            float inkSum = 0;
            for (float v : image) {
                assertThat(v).isBetween(0f, 1f);
                inkSum += v;
            }
            if (image[2 * side + 3] > 0 && image[2 * side + 3] < 1) {
                asDrawn++;
                assertThat(image[3 * side + 4]).isCloseTo(200 / 255f, within(1e-6f));
            } else if (inkSum == 2) {
                hardEdged++;
                assertThat(image[3 * side + 4]).isEqualTo(1f);
            } else {
                bolder++;
                assertThat(inkSum).as("two ink pixels and their six distinct neighbours").isEqualTo(8);
            }
        }

        assertThat(asDrawn).isBetween(150, 250);
        assertThat(hardEdged).isBetween(60, 140);
        assertThat(bolder).isBetween(60, 140);
    }

    @Test
    void drawAugmentationRedrawsAboutHalfTheImagesAndLeavesTheRestAsTheyAre() {
        int side = 28;
        byte[] pixels = new byte[side * side];
        for (int y = 6; y < 22; y++) {
            pixels[y * side + 10] = (byte) 255;
            pixels[y * side + 11] = (byte) 255;
            pixels[y * side + 17] = (byte) 255;
        }
        ImageSet digit = new ImageSet(side, side, pixels, new byte[] {3});
        SplitDataSetIterator iterator = new SplitDataSetIterator(digit, CLASSES, 1, Layout.FLAT, 5, 1, 0, false,
                DrawAugmenter.forDigits(side, side, 5));
        int asTheyAre = 0;
        for (int draw = 0; draw < 400; draw++) {
            iterator.reset();
            float[] image = iterator.next().getFeatures().toFloatVector();
            boolean same = true;
            for (int p = 0; p < image.length; p++) {
                assertThat(image[p]).isBetween(0f, 1f);
                same &= image[p] == (pixels[p] & 0xFF) / 255f;
            }
            asTheyAre += same ? 1 : 0;
        }
        assertThat(asTheyAre).isBetween(160, 240);
    }

    @Test
    void shiftAsBigAsTheImageIsRejected() {
        assertThatThrownBy(() -> new SplitDataSetIterator(five, CLASSES, 2, Layout.FLAT, 1, 5, ROWS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxShift");
    }

    private SplitDataSetIterator iterator(int batch, Layout layout, long seed) {
        return new SplitDataSetIterator(five, CLASSES, batch, layout, seed);
    }

    /** The image indices of one epoch, read back from the scaled pixel values. */
    private static List<Integer> epoch(SplitDataSetIterator iterator) {
        List<Integer> order = new ArrayList<>();
        while (iterator.hasNext()) {
            DataSet batch = iterator.next();
            for (int k = 0; k < batch.getFeatures().size(0); k++) {
                order.add(Math.round(batch.getFeatures().getFloat(k, 0) * 4));
            }
        }
        return order;
    }

    private static ImageSet fiveImages() {
        byte[] pixels = new byte[IMAGES * ROWS * COLS];
        byte[] labels = new byte[IMAGES];
        for (int i = 0; i < IMAGES; i++) {
            Arrays.fill(pixels, i * ROWS * COLS, (i + 1) * ROWS * COLS, (byte) (i * 255 / 4));
            labels[i] = (byte) (i % CLASSES);
        }
        return new ImageSet(ROWS, COLS, pixels, labels);
    }
}
