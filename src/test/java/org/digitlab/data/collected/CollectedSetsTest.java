package org.digitlab.data.collected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.digitlab.data.DatasetInfo;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.TrainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two laptops, two Digit Lab homes: a set drawn on one, exported, imported on the other, with
 * duplicates, name clashes and bad files. The drawings are made here, by hand, not by the code
 * under test.
 */
class CollectedSetsTest {

    @TempDir
    Path temp;

    /** A drawing of {@code label}: one stroke whose points depend on {@code seed}, an image marked by it. */
    static Drawing drawing(int label, String writer, int seed) {
        double[] x = {100 + seed, 200, 300 - seed * 0.25};
        double[] y = {50, 200 + seed * 0.5, 350};
        byte[] image = new byte[CollectedSet.SIDE * CollectedSet.SIDE];
        image[seed % image.length] = (byte) 255;
        image[(seed * 7 + 100) % image.length] = (byte) 128;
        return new Drawing(label, writer, Instant.parse("2026-12-01T10:00:00Z").plusSeconds(seed),
                List.of(new DrawnStroke(x, y, 26, false)), image);
    }

    static CollectedSet set(String name, int count, int firstSeed) {
        List<Drawing> drawings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawings.add(drawing(i % 10, i % 2 == 0 ? "Ana" : "Ben", firstSeed + i));
        }
        return new CollectedSet(CollectedSet.idFor(name), name, drawings);
    }

    @Test
    void setDrawnOnOneLaptopIsImportedWholeOnAnother() throws IOException {
        DatasetStore school = new DatasetStore(temp.resolve("school"), List.of());
        DatasetStore home = new DatasetStore(temp.resolve("home"), List.of());
        CollectedSet drawn = set("Class 7B", 12, 1);
        school.collected().save(drawn);
        Path zip = temp.resolve("class-7b.zip");

        school.collected().exportTo("drawn-class-7b", zip);
        CollectedSets.ImportReport report = home.collected().importFrom(zip, CollectedSets.Conflict.MERGE);

        assertThat(report.added()).isEqualTo(12);
        assertThat(report.duplicates()).isZero();
        assertThat(report.id()).isEqualTo("drawn-class-7b");
        CollectedSet imported = home.collected().load("drawn-class-7b");
        assertThat(imported.name()).isEqualTo("Class 7B");
        assertThat(imported.drawings()).hasSize(12);
        for (int i = 0; i < 12; i++) {
            Drawing a = drawn.drawings().get(i);
            Drawing b = imported.drawings().get(i);
            assertThat(b.label()).isEqualTo(a.label());
            assertThat(b.writer()).isEqualTo(a.writer());
            assertThat(b.drawn()).isEqualTo(a.drawn());
            assertThat(b.strokes()).isEqualTo(a.strokes());
            assertThat(b.image()).isEqualTo(a.image());
        }
        assertThat(imported.writers()).containsExactly("Ana", "Ben");
        // Beside MNIST in the other home's dataset list, its images in the test split
        assertThat(home.all()).extracting(DatasetInfo::id).contains("mnist", "drawn-class-7b");
        TrainTest loaded = home.load("drawn-class-7b");
        assertThat(loaded.test().size()).isEqualTo(12);
        assertThat(loaded.train().size()).isZero();
        assertThat(loaded.test().copyImage(3)).isEqualTo(drawn.drawings().get(3).image());
        assertThat(loaded.test().label(3)).isEqualTo(3);
    }

    @Test
    void idxFilesAreMnistsFormat() throws IOException {
        DatasetStore store = new DatasetStore(temp.resolve("home"), List.of());
        store.collected().save(set("Twos", 3, 5));
        Path dir = store.cacheDir("drawn-twos");

        var images = org.digitlab.data.IdxReader.read(dir.resolve("images-idx3-ubyte"),
                dir.resolve("labels-idx1-ubyte"), 10);

        assertThat(images.size()).isEqualTo(3);
        assertThat(images.rows()).isEqualTo(28);
        assertThat(images.label(2)).isEqualTo(2);
    }

    @Test
    void importingTheSameSetTwiceAddsNothing() throws IOException {
        CollectedSets school = new CollectedSets(temp.resolve("a"));
        CollectedSets home = new CollectedSets(temp.resolve("b"));
        school.save(set("Class 7B", 10, 1));
        Path zip = temp.resolve("s.zip");
        school.exportTo("drawn-class-7b", zip);
        home.importFrom(zip, CollectedSets.Conflict.MERGE);

        CollectedSets.ImportReport again = home.importFrom(zip, CollectedSets.Conflict.MERGE);

        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(10);
        assertThat(again.merged()).isTrue();
        assertThat(home.load("drawn-class-7b").size()).isEqualTo(10);
        assertThat(again.describe()).contains("0 drawings").contains("10 drawings already there");
    }

    @Test
    void sameNameMergesNewDrawingsOrIsRenamedOnRequest() throws IOException {
        CollectedSets school = new CollectedSets(temp.resolve("a"));
        CollectedSets home = new CollectedSets(temp.resolve("b"));
        school.save(set("Class 7B", 10, 1));
        home.save(set("Class 7B", 6, 7)); // drawings 7..12: four of them the school's too (7..10)
        Path zip = temp.resolve("s.zip");
        school.exportTo("drawn-class-7b", zip);

        CollectedSets.ImportReport merged = home.importFrom(zip, CollectedSets.Conflict.MERGE);
        assertThat(merged.added()).isEqualTo(6);
        assertThat(merged.duplicates()).isEqualTo(4);
        assertThat(home.load("drawn-class-7b").size()).isEqualTo(12);

        CollectedSets.ImportReport renamed = home.importFrom(zip, CollectedSets.Conflict.RENAME);
        assertThat(renamed.renamed()).isTrue();
        assertThat(renamed.name()).isEqualTo("Class 7B (2)");
        assertThat(renamed.id()).isEqualTo("drawn-class-7b-2");
        assertThat(home.load("drawn-class-7b-2").size()).isEqualTo(10);
        assertThat(home.load("drawn-class-7b").size()).isEqualTo(12);
        assertThat(home.list()).extracting(CollectedSets.Summary::name).containsExactly("Class 7B", "Class 7B (2)");
    }

    @Test
    void aFileThatIsNotAZipIsRefusedByName() throws IOException {
        Path notZip = Files.writeString(temp.resolve("photo.zip"), "GIF89a not a zip at all");

        assertRefused(notZip, "photo.zip: is not a zip file");
    }

    @Test
    void aZipOfOtherFilesIsRefusedNamingTheEntry() throws IOException {
        Path zip = zip("other.zip", Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));

        assertRefused(zip, "other.zip: holds 'readme.txt', which is not part of a collected set");
    }

    @Test
    void aZipLackingAFileIsRefused() throws IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(CollectedSetFormat.encode(set("S", 3, 1)));
        files.remove(CollectedSetFormat.LABELS);

        assertRefused(zip("short.zip", files), "short.zip: has no labels-idx1-ubyte");
    }

    @Test
    void aTruncatedZipIsRefused() throws IOException {
        CollectedSets school = new CollectedSets(temp.resolve("a"));
        school.save(set("Class 7B", 10, 1));
        Path zip = temp.resolve("full.zip");
        school.exportTo("drawn-class-7b", zip);
        byte[] bytes = Files.readAllBytes(zip);
        Path cut = Files.write(temp.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(cut, "cut.zip: ");
    }

    @Test
    void aBadLabelIsRefusedNamingTheImage() throws IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(CollectedSetFormat.encode(set("S", 3, 1)));
        byte[] labels = files.get(CollectedSetFormat.LABELS).clone();
        labels[8 + 1] = 12;
        files.put(CollectedSetFormat.LABELS, labels);

        assertRefused(zip("labels.zip", files),
                "labels.zip: labels-idx1-ubyte: label 12 of image 2 is not a digit 0 to 9");
    }

    @Test
    void labelsThatDisagreeWithTheDrawingsAreRefused() throws IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(CollectedSetFormat.encode(set("S", 3, 1)));
        byte[] labels = files.get(CollectedSetFormat.LABELS).clone();
        labels[8 + 2] = 9;
        files.put(CollectedSetFormat.LABELS, labels);

        assertRefused(zip("mixed.zip", files),
                "mixed.zip: drawings.json: drawing 3: has label 2 but labels-idx1-ubyte says 9");
    }

    @Test
    void anOversizedEntryIsRefusedWithoutReadingItAll() throws IOException {
        Path zip = temp.resolve("big.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(CollectedSetFormat.SET));
            z.write(new byte[200 * 1024]); // zeros compress to nothing: a small zip, a large entry
            z.closeEntry();
        }

        assertRefused(zip, "big.zip: set.json: is larger than");
    }

    @Test
    void aDrawingOfTheWrongShapeIsRefused() throws IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(CollectedSetFormat.encode(set("S", 2, 1)));
        String json = new String(files.get(CollectedSetFormat.DRAWINGS), StandardCharsets.UTF_8);
        files.put(CollectedSetFormat.DRAWINGS, json.replaceFirst("\"width\":26.0", "\"width\":-3.0")
                .getBytes(StandardCharsets.UTF_8));

        assertRefused(zip("neg.zip", files), "neg.zip: drawings.json: drawing 1: a stroke's width must be");
    }

    @Test
    void aSaveKilledBetweenItsMovesIsRepairedAtTheNextStart() throws IOException {
        Path datasets = temp.resolve("home").resolve("datasets");
        CollectedSets sets = new CollectedSets(datasets);
        sets.save(set("Class 7B", 3, 1));
        // killed after moving the old set aside, before moving the new one in
        Path aside = datasets.resolve(".drawn-class-7b.old-1234");
        Files.move(datasets.resolve("drawn-class-7b"), aside);
        Path fresh = Files.createDirectories(datasets.resolve(".drawn-class-7b.tmp-5678"));
        Files.writeString(fresh.resolve("set.json"), "{");
        assertThat(sets.list()).isEmpty();

        int dealt = new DatasetStore(temp.resolve("home"), List.of()).cleanLeftovers()
                + sets.cleanLeftovers(java.time.Duration.ZERO);

        assertThat(dealt).isEqualTo(2);
        assertThat(sets.load("drawn-class-7b").size()).isEqualTo(3);
        try (Stream<Path> left = Files.list(datasets)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("drawn-class-7b");
        }
    }

    private void assertRefused(Path zip, String message) throws IOException {
        CollectedSets home = new CollectedSets(temp.resolve("home"));
        home.save(set("Class 7B", 2, 100));
        assertThatThrownBy(() -> home.importFrom(zip, CollectedSets.Conflict.MERGE))
                .isInstanceOf(CollectedSetException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        // nothing half-imported: the set that was here is unchanged, no other folder appeared
        assertThat(home.list()).extracting(CollectedSets.Summary::id).containsExactly("drawn-class-7b");
        assertThat(home.load("drawn-class-7b").size()).isEqualTo(2);
        try (Stream<Path> left = Files.list(temp.resolve("home"))) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("drawn-class-7b");
        }
    }

    private Path zip(String name, Map<String, byte[]> files) throws IOException {
        Path zip = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                z.putNextEntry(new ZipEntry(file.getKey()));
                z.write(file.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }
}
