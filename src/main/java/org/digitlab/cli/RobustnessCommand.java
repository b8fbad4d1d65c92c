package org.digitlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.data.OutputFiles;
import org.digitlab.engine.Engine;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.SampleModels;
import org.digitlab.training.Distortion;
import org.digitlab.training.RobustnessSweep;
import org.digitlab.training.SweepCsv;
import org.digitlab.training.SweepCurve;
import org.digitlab.training.SweepImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code digitlab robustness}: accuracy as the test digits are shifted, rotated, scaled, thickened, made noisy. */
@Command(name = "robustness", mixinStandardHelpOptions = true,
        description = "Accuracy of one or more models as the test digits are shifted, rotated, scaled, "
                + "thickened or thinned and made noisy, written as CSV.")
final class RobustnessCommand implements Callable<Integer> {

    static final int MAX_MODELS = 8;
    /** Eight models × 34 points × a short line each, and room. */
    private static final long CSV_BYTES = 1L << 20;

    @Spec CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE|ID", required = true,
            description = "A model file, or the id of a sample model (e.g. cnn-3conv); repeat for several.")
    List<String> models;

    @Option(names = "--csv", paramLabel = "FILE.csv", required = true,
            description = "Where to write one row per model, distortion and amount.")
    Path csv;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + SweepImages.DEFAULT_LIMIT,
            description = "Test images to use, the first N of the dataset's test set (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--distortions", paramLabel = "LIST", split = ",",
            description = "Which distortions, e.g. shift,rotate (default: all of shift, rotate, scale, stroke, noise).")
    List<String> distortions;

    private final Engine engine;

    RobustnessCommand(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws IOException {
        List<Distortion> chosen = chosenDistortions();
        if (limit < 1) {
            throw new BadInputException("--limit: got " + limit + "; use a number of test images from 1 up, e.g. 1000");
        }
        if (models.size() > MAX_MODELS) {
            throw new BadInputException("--model: got " + models.size() + " models; a sweep takes at most " + MAX_MODELS);
        }
        List<Path> files = new ArrayList<>();
        for (String model : models) {
            files.add(modelFile(model));
        }
        OutputFiles.check(csv, CSV_BYTES); // before models and images load, not after
        List<RobustnessSweep.Subject> subjects = new ArrayList<>();
        for (Path file : files) {
            subjects.add(new RobustnessSweep.Subject(name(file), engine.modelFiles().load(file)));
        }
        ImageSet images = SweepImages.load(DatasetStore.defaultStore(),
                subjects.stream().map(RobustnessSweep.Subject::model).toList(),
                subjects.stream().map(RobustnessSweep.Subject::name).toList(), limit);
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        List<SweepCurve> curves = RobustnessSweep.run(engine.evaluator(), subjects, images, chosen,
                (stage, done, total) -> { }, CancellationToken.none());
        double seconds = (System.nanoTime() - start) / 1e9;
        SweepCsv.write(curves, csv);
        out.print(SweepTable.format(curves, chosen));
        out.printf(Locale.ROOT, "Swept %d %s on %,d test images in %.1f s; wrote %s%n", curves.size(),
                curves.size() == 1 ? "model" : "models", images.size(), seconds, csv);
        out.flush();
        return 0;
    }

    private List<Distortion> chosenDistortions() {
        if (distortions == null || distortions.isEmpty()) {
            return List.of(Distortion.values());
        }
        List<Distortion> chosen = new ArrayList<>();
        for (String id : distortions) {
            Distortion d = Distortion.byId(id.strip());
            if (d == null) {
                throw new BadInputException("--distortions: no distortion '" + id + "'; use some of "
                        + String.join(",", List.of(Distortion.values()).stream().map(Distortion::id).toList()));
            }
            if (!chosen.contains(d)) {
                chosen.add(d);
            }
        }
        return chosen;
    }

    static Path modelFile(String model) {
        Path file = Path.of(model);
        if (Files.exists(file)) {
            return file;
        }
        return SampleModels.find(model).orElseThrow(() -> new BadInputException(
                "--model: no model file " + model + " and no sample model of that id (sample models: "
                        + SampleModels.all().stream().map(p -> p.getFileName().toString()).toList() + ")"));
    }

    /** "cnn-3conv" for sample-models/cnn-3conv.zip. */
    static String name(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(ModelFiles.EXTENSION) ? name.substring(0, name.length() - ModelFiles.EXTENSION.length())
                : name;
    }
}
