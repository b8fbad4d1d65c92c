package org.digitlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.engine.Engine;
import org.digitlab.inference.DigitRecognizer;
import org.digitlab.inference.GrayImage;
import org.digitlab.model.SampleModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digitlab bench-predict}: latency of what the Draw view does on every stroke, a 400×400
 * canvas through preprocessing and one forward pass. MNIST test digits are drawn big on the canvas
 * so the work is real. Run with {@code OMP_NUM_THREADS=1} for the one-core figure.
 */
@Command(name = "bench-predict", mixinStandardHelpOptions = true,
        description = "Measure preprocessing + prediction latency for one drawn digit.")
final class BenchPredictCommand implements Callable<Integer> {

    private static final int CANVAS = 400;
    private static final int SCALE = 12;
    private static final int WARM_UP = 200;

    @Spec CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE|ID", required = true) String model;

    @Option(names = "--images", defaultValue = "1000") int images;

    private final Engine engine;

    BenchPredictCommand(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws IOException {
        Path file = Files.exists(Path.of(model)) ? Path.of(model)
                : SampleModels.find(model).orElseThrow(() -> new BadInputException("no model " + model));
        DigitRecognizer recognizer = new DigitRecognizer(engine.predictor(engine.modelFiles().load(file)));
        ImageSet test = DatasetStore.defaultStore().load("mnist").test();
        for (int i = 0; i < WARM_UP; i++) {
            recognizer.recognize(canvas(test, i % test.size()));
        }
        double[] millis = new double[images];
        for (int i = 0; i < images; i++) {
            GrayImage canvas = canvas(test, i % test.size());
            long start = System.nanoTime();
            recognizer.recognize(canvas);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "{\"model\": \"%s\", \"canvas\": %d, \"images\": %d, \"median_ms\": %.3f, "
                        + "\"p95_ms\": %.3f, \"max_ms\": %.3f, \"omp_num_threads\": \"%s\"}%n",
                file.getFileName(), CANVAS, images, millis[images / 2], millis[(int) (images * 0.95)],
                millis[images - 1], System.getenv().getOrDefault("OMP_NUM_THREADS", "default"));
        out.flush();
        return 0;
    }

    /** MNIST digit {@code index} drawn dark on a white 400×400 canvas, 12 canvas pixels per pixel. */
    static GrayImage canvas(ImageSet set, int index) {
        float[] values = new float[CANVAS * CANVAS];
        Arrays.fill(values, GrayImage.WHITE);
        int offset = (CANVAS - set.cols() * SCALE) / 2;
        for (int y = 0; y < set.rows() * SCALE; y++) {
            for (int x = 0; x < set.cols() * SCALE; x++) {
                values[(y + offset) * CANVAS + x + offset] = GrayImage.WHITE - set.pixel(index, y / SCALE, x / SCALE);
            }
        }
        return new GrayImage(CANVAS, CANVAS, values);
    }
}
