package org.digitlab.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The two pieces of evidence for "not a digit" and their calibration, on data whose answers are known. */
class DigitEvidenceTest {

    /** Two classes in two units: class 0 around (0, 0), class 1 around (10, 0); each spread 3 along x, 0.5 along y. */
    private static ClassClouds clouds() {
        ClassClouds.Builder builder = new ClassClouds.Builder(2, 2);
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 4_000; i++) {
            int label = i % 2;
            builder.add(new float[] {(float) (10 * label + 3 * gaussian(random)), (float) (0.5 * gaussian(random))}, label);
        }
        return builder.build();
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void theCloudDistanceIsMeasuredInTheSpreadOfTheClasses() {
        ClassClouds clouds = clouds();
        assertThat(clouds.distance(new float[] {0, 0})).isCloseTo(0f, Offset.offset(0.1f));
        assertThat(clouds.distance(new float[] {10, 0})).isCloseTo(0f, Offset.offset(0.1f));
        // three units along the wide axis is one spread away; one unit along the narrow one is two
        assertThat(clouds.distance(new float[] {3, 0})).isCloseTo(1f, Offset.offset(0.1f));
        assertThat(clouds.distance(new float[] {0, 1})).isCloseTo(2f, Offset.offset(0.15f));
        // halfway between the classes is nearer than off the line they share
        assertThat(clouds.distance(new float[] {5, 0})).isLessThan(clouds.distance(new float[] {0, 2}));
        assertThatThrownBy(() -> clouds.distance(new float[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDrawingIsAsStrangeAsItsStrangerPieceOfEvidence() {
        float[] neighbours = new float[100];
        float[] clouds = new float[100];
        for (int i = 0; i < 100; i++) {
            neighbours[i] = i; // 0..99
            clouds[i] = 99 - i; // the other way round: no held-out digit is strange on both
        }
        DigitCalibration calibration = new DigitCalibration(neighbours, clouds);
        assertThat(calibration.strangeness(50.5f, 10.5f)).isEqualTo(0.51f);
        assertThat(calibration.strangeness(10.5f, 90.5f)).isEqualTo(0.91f);
        assertThat(calibration.strangeness(1000f, 0f)).isEqualTo(1f);
        // each held-out digit's strangeness is the larger of its two ranks: 0.5 .. 0.99
        assertThat(calibration.quantile(0.5)).isEqualTo(0.74f);
        assertThat(calibration.quantile(1.0)).isEqualTo(0.99f);
        assertThat(calibration.rarity(1f)).isEqualTo(1.0);
        assertThat(calibration.rarity(0.2f)).isZero();
        DigitCalibration alone = new DigitCalibration(neighbours, null);
        assertThat(alone.strangeness(50.5f, Float.NaN)).isEqualTo(0.51f);
        assertThat(alone.hasClouds()).isFalse();
    }

    @Test
    void anIndexComesBackFromItsFileWholeAndADamagedFileIsRefused() throws IOException {
        int rows = 20;
        int dims = 2;
        int[] indices = new int[rows];
        byte[] labels = new byte[rows];
        float[] vectors = new float[rows * dims];
        for (int r = 0; r < rows; r++) {
            indices[r] = r;
            labels[r] = (byte) (r % 2);
            float[] unit = NeighbourIndex.unit(new float[] {1 + r, r % 2 == 0 ? 1 : -1});
            System.arraycopy(unit, 0, vectors, r * dims, dims);
        }
        NeighbourIndex index = new NeighbourIndex("abc", dims, indices, labels, vectors, clouds(),
                new DigitCalibration(new float[] {0.1f, 0.2f, 0.3f}, new float[] {1f, 2f, 3f}));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        index.write(bytes);

        NeighbourIndex back = NeighbourIndex.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.fingerprint()).isEqualTo("abc");
        assertThat(back.nearest(new float[] {3, 1}, 3)).isEqualTo(index.nearest(new float[] {3, 1}, 3));
        assertThat(back.cloudDistance(new float[] {3, 0})).isEqualTo(index.cloudDistance(new float[] {3, 0}));
        assertThat(back.calibration().quantile(0.5)).isEqualTo(index.calibration().quantile(0.5));

        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 5);
        assertThatThrownBy(() -> NeighbourIndex.read(new ByteArrayInputStream(cut))).isInstanceOf(IOException.class);
        byte[] longer = Arrays.copyOf(bytes.toByteArray(), bytes.size() + 1);
        assertThatThrownBy(() -> NeighbourIndex.read(new ByteArrayInputStream(longer))).isInstanceOf(IOException.class);
    }
}
