package org.digitlab.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.digitlab.Slow;
import org.digitlab.engine.Engine;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.model.SampleModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The drawing model reads drawings it was not made for: 400 canvases in
 * {@code src/test/resources/drawn/independent/}, made by {@code scripts/drawn-testset/make_drawn_testset.py}
 * with its own stroke model and rasteriser (nothing shared with the app's preprocessing or with
 * {@link DrawnDigitsTest}'s canvases): MNIST test digits thinned to centre lines and redrawn with a
 * round pen by a wobbly hand, leaned, slanted and placed anywhere, plus European 1s with a lead-in
 * stroke and 7s with a bar; thin to thick pens, dark on light and light on dark.
 * {@code index.csv} says how each was made. {@code reading.csv} is how a reader read each canvas
 * blind, from shuffled contact sheets without labels or any model's answers
 * ({@code scripts/drawn-testset/contact-sheets.sh}): a program can draw a label no person would
 * read (a blob traced into another shape, a 1 whose lead-in is a 7's bar), and the model is held
 * to the 99% on the canvases the reader read as their label.
 * {@code -Ddigitlab.test.drawnSamples=ID,...} tries others.
 */
class IndependentDrawnDigitsTest {

    private static final int CANVASES = 400;
    private static final int MAX_BYTES = 2_000_000;
    /**
     * The drawing model's share of all 400 labels. The model of 2026-12-01 reads 392 (98.0%), the
     * sample models before it 380-387; the blind reader read 392 as labelled, and five of the
     * canvases both read otherwise are the same (sample-models/README.md lists them).
     */
    private static final double FLOOR = 0.975;
    /** The share, on the canvases the blind reader read as their label. */
    private static final double READABLE_FLOOR = 0.99;

    static Stream<String> samples() {
        return Arrays.stream(System.getProperty("digitlab.test.drawnSamples", SampleModels.DRAWING_DEFAULT)
                .split(",")).map(String::trim);
    }

    @Test
    void theSetIsWholeSmallAndHasEveryDigit() throws Exception {
        List<Entry> entries = entries();
        assertThat(entries).hasSize(CANVASES);
        assertThat(entries.stream().mapToInt(Entry::digit).distinct().sorted().toArray())
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(entries).filteredOn(e -> e.source().startsWith("european-1")).hasSizeGreaterThanOrEqualTo(30);
        assertThat(entries).filteredOn(e -> e.source().startsWith("barred-7")).hasSizeGreaterThanOrEqualTo(20);
        long bytes = 0;
        for (Entry e : entries) {
            bytes += Files.size(e.file());
        }
        assertThat(bytes).isLessThan(MAX_BYTES);
    }

    @Test
    void theBlindReadingCoversTheWholeSetWithItsLabels() throws Exception {
        List<Entry> entries = entries();
        assertThat(entries).allSatisfy(e -> assertThat(e.readAs()).as(e.file().getFileName().toString())
                .isIn("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "?"));
        Path reading = entries.get(0).file().resolveSibling("reading.csv");
        assertThat(Files.readAllLines(reading)).as("one line per canvas and the header").hasSize(CANVASES + 1);
        long agreed = entries.stream().filter(Entry::readAsLabelled).count();
        // The reader's own score, the figure a model is measured beside: 392 of 400 on 2026-12-02.
        // A reading matched to the wrong canvases (a shifted key) would agree about one time in ten.
        assertThat(agreed).isBetween(380L, 400L);
    }

    @Slow
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theDrawingModelReadsIndependentlyDrawnDigits(String sample) throws Exception {
        Engine engine = Dl4jEngine.create();
        Path model = SampleModels.find(sample).orElseThrow();
        DigitRecognizer recognizer = new DigitRecognizer(engine.predictor(engine.modelFiles().load(model)));
        List<Entry> entries = entries();
        List<String> mistakes = new ArrayList<>();
        int readable = 0;
        int readableWrong = 0;
        for (Entry e : entries) {
            DigitRecognizer.Recognition r = recognizer.recognize(ImageFiles.read(e.file()));
            readable += e.readAsLabelled() ? 1 : 0;
            if (!r.hasDigit() || r.prediction().digit() != e.digit()) {
                readableWrong += e.readAsLabelled() ? 1 : 0;
                mistakes.add(e.file().getFileName() + " (" + e.source() + ", the reader read " + e.readAs()
                        + ") read as " + (r.hasDigit() ? r.prediction().digit() : "no digit"));
            }
        }
        int correct = entries.size() - mistakes.size();
        int readableRight = readable - readableWrong;
        System.err.printf("independently drawn digits read right by %s: %d of %d; of the %d the blind reader read as"
                + " labelled, %d (%.1f%%)%s%n", sample, correct, entries.size(), readable, readableRight,
                100.0 * readableRight / readable, mistakes.isEmpty() ? "" : "; wrong: " + String.join(", ", mistakes));
        assertThat((double) correct / entries.size()).as("share read right; wrong: %s", mistakes)
                .isGreaterThanOrEqualTo(FLOOR);
        assertThat((double) readableRight / readable)
                .as("share of the canvases the reader read as labelled; wrong: %s", mistakes)
                .isGreaterThanOrEqualTo(READABLE_FLOOR);
    }

    /**
     * One canvas: its file, the digit drawn, how it was made ("mnist-test-1234", "european-1") and
     * what the blind reader read ("7", or "?" for no digit).
     */
    record Entry(Path file, int digit, String source, String readAs) {

        boolean readAsLabelled() {
            return readAs.equals(Integer.toString(digit));
        }
    }

    static List<Entry> entries() throws IOException, URISyntaxException {
        Path index = Path.of(IndependentDrawnDigitsTest.class.getResource("/drawn/independent/index.csv").toURI());
        List<String> lines = Files.readAllLines(index);
        List<String> header = List.of(lines.get(0).split(","));
        int file = header.indexOf("file");
        int digit = header.indexOf("digit");
        int source = header.indexOf("source");
        Map<String, String> readings = readings(index.resolveSibling("reading.csv"));
        List<Entry> entries = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            String read = readings.get(cells[file] + "," + cells[digit]);
            assertThat(read).as("reading.csv's line for %s, digit %s", cells[file], cells[digit]).isNotNull();
            entries.add(new Entry(index.resolveSibling(cells[file]), Integer.parseInt(cells[digit]), cells[source],
                    read));
        }
        return entries;
    }

    /** "file,digit" to what the blind reader read, from reading.csv (file,digit,read_as,...). */
    private static Map<String, String> readings(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("file,digit,read_as,");
        Map<String, String> readings = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            readings.put(cells[0] + "," + cells[1], cells[2]);
        }
        return readings;
    }
}
