package org.digitlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.digitlab.engine.Engine;
import org.digitlab.inference.DigitChecker;
import org.digitlab.inference.DigitRecognizer;
import org.digitlab.inference.GrayImage;
import org.digitlab.inference.ImageFiles;
import org.digitlab.inference.DigitRecognizer.Recognition;
import org.digitlab.inference.Prediction;
import org.digitlab.model.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digitlab predict}: classifies image files (PNG, JPEG, any size) as the Draw view does. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Classify images of digits (PNG or JPEG, any size, dark on light or light on dark).")
final class PredictCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE|ID", required = true,
            description = "A model file, or the id of a sample model (e.g. cnn-3conv).")
    String model;

    @Option(names = "--json", description = "One JSON object per line.") boolean json;

    @Option(names = "--accept", paramLabel = "SHARE",
            description = "Share of real digits accepted as digits, 0.9 to 1 (default: ${DEFAULT-VALUE}); "
                    + "a drawing farther from the training digits is answered 'not a digit'.")
    double accepted = DigitChecker.DEFAULT_ACCEPTED;

    @Parameters(paramLabel = "IMAGE", arity = "1..*") List<Path> images;

    private final Engine engine;

    PredictCommand(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws IOException {
        if (!(accepted >= DigitChecker.MIN_ACCEPTED && accepted <= DigitChecker.MAX_ACCEPTED)) {
            throw new BadInputException("--accept: got " + accepted + "; use a share from 0.9 to 1, e.g. 0.995");
        }
        TrainedModel trained = engine.modelFiles().load(modelFile());
        DigitRecognizer recognizer = new DigitRecognizer(engine.predictor(trained));
        DigitChecker checker = null;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = new ObjectMapper();
        int failed = 0;
        // One bad file must not cost the answers for the others: each is reported and skipped.
        for (Path image : images) {
            GrayImage gray;
            try {
                gray = ImageFiles.read(image);
            } catch (IOException e) {
                failed++;
                err.println("digitlab: " + e.getMessage());
                if (json) {
                    out.println(errorJson(mapper, image, e.getMessage()));
                }
                continue;
            }
            Recognition recognition = recognizer.recognize(gray);
            if (recognition.hasDigit()) {
                // the index is needed only once a drawing holds something to judge
                checker = checker != null ? checker : DigitChecks.load(engine, trained, err);
                recognition = recognition.judged(checker.check(recognition.digit().image(), accepted));
            }
            out.println(json ? toJson(mapper, image, recognition) : toText(image, recognition));
        }
        out.flush();
        if (failed > 0) {
            err.println("digitlab: " + (failed == images.size() ? "no image could be read"
                    : failed + " of " + images.size() + " images could not be read; the others are answered above"));
            err.flush();
            return DigitLabCli.EXIT_BAD_INPUT;
        }
        return 0;
    }

    static String errorJson(ObjectMapper mapper, Path image, String message) throws IOException {
        ObjectNode node = mapper.createObjectNode();
        node.put("image", image.toString());
        node.putNull("prediction");
        node.put("error", message);
        return mapper.writeValueAsString(node);
    }

    private Path modelFile() {
        return ModelArgument.resolve(model);
    }

    static String toText(Path image, Recognition recognition) {
        if (!recognition.hasDigit()) {
            return image + ": no digit (" + recognition.noDigit().name().toLowerCase(Locale.ROOT) + ")";
        }
        Prediction p = recognition.prediction();
        return String.format(Locale.ROOT, "%s: %d (%.1f%%)", image, p.digit(), 100 * p.confidence());
    }

    static String toJson(ObjectMapper mapper, Path image, Recognition recognition) throws IOException {
        ObjectNode node = mapper.createObjectNode();
        node.put("image", image.toString());
        if (recognition.hasDigit()) {
            node.put("prediction", recognition.prediction().digit());
            ArrayNode probabilities = node.putArray("probabilities");
            for (float p : recognition.prediction().probabilities()) {
                probabilities.add(Math.round(p * 1e6) / 1e6);
            }
        } else {
            node.putNull("prediction");
            node.put("reason", recognition.noDigit().jsonName());
            node.putArray("probabilities");
        }
        return mapper.writeValueAsString(node);
    }
}
