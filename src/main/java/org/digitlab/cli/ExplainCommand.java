package org.digitlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.digitlab.data.AtomicFiles;
import org.digitlab.data.OutputFiles;
import org.digitlab.engine.Engine;
import org.digitlab.inference.CanvasPreprocessor;
import org.digitlab.inference.DigitCheck;
import org.digitlab.inference.DigitChecker;
import org.digitlab.inference.GrayImage;
import org.digitlab.inference.ImageFiles;
import org.digitlab.inference.Neighbour;
import org.digitlab.inference.PreprocessedDigit;
import org.digitlab.inference.SaliencyKind;
import org.digitlab.inference.SaliencyMap;
import org.digitlab.inference.SaliencyPictures;
import org.digitlab.model.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digitlab explain}: for each image, the model's answer, whether it thinks the image is a
 * digit at all, the training images it finds most similar, and saliency maps as PNG files.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Why the model answers what it answers: the answer, the \"not a digit\" verdict, "
                + "the 8 most similar training images and saliency maps (PNG).")
final class ExplainCommand implements Callable<Integer> {

    /** Each input pixel of a map is this many PNG pixels: 280×280 for MNIST's 28×28. */
    static final int PNG_SCALE = 10;
    private static final long PNG_BYTES = 1L << 20;

    @Spec CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE|ID", required = true,
            description = "A model file, or the id of a sample model (e.g. cnn-3conv).")
    String model;

    @Option(names = "--json", description = "One JSON object per line.") boolean json;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Write the saliency maps here as PNG (IMAGE-KIND-CLASS.png); created if its parent exists.")
    Path outDir;

    @Option(names = "--class", paramLabel = "DIGIT",
            description = "Also explain this class (\"what would make it a 7?\"), besides the top answer.")
    Integer extraClass;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Maps to draw: gradient-x-input, gradient, occlusion (default: gradient-x-input,occlusion).")
    List<String> kinds = List.of("gradient-x-input", "occlusion");

    @Option(names = "--accept", paramLabel = "SHARE",
            description = "Share of real digits accepted as digits, 0.9 to 1 (default: ${DEFAULT-VALUE}).")
    double accepted = org.digitlab.inference.DigitChecker.DEFAULT_ACCEPTED;

    @Option(names = "--overwrite", description = "Replace map files that already exist.") boolean overwrite;

    @Parameters(paramLabel = "IMAGE", arity = "1..*") List<Path> images;

    private final Engine engine;

    ExplainCommand(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws IOException {
        // Everything the user gave is checked before the model loads or a map is computed.
        List<SaliencyKind> mapKinds = parseKinds();
        if (!(accepted >= DigitChecker.MIN_ACCEPTED && accepted <= DigitChecker.MAX_ACCEPTED)) {
            throw new BadInputException("--accept: got " + accepted + "; use a share from 0.9 to 1, e.g. 0.995");
        }
        if (extraClass != null && (extraClass < 0 || extraClass > 9)) {
            throw new BadInputException("--class: got " + extraClass + "; use a digit from 0 to 9");
        }
        List<GrayImage> pictures = new ArrayList<>();
        for (Path image : images) {
            try {
                pictures.add(ImageFiles.read(image));
            } catch (IOException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        Map<Path, String> stems = stems();
        if (outDir != null) {
            checkOutDir(stems, mapKinds);
        }
        TrainedModel trained = engine.modelFiles().load(ModelArgument.resolve(model));
        if (extraClass != null && extraClass >= trained.metadata().classLabels().size()) {
            throw new BadInputException("--class: the model knows " + trained.metadata().classLabels().size()
                    + " classes; use 0 to " + (trained.metadata().classLabels().size() - 1));
        }
        DigitChecker checker = DigitChecks.load(engine, trained, spec.commandLine().getErr());
        CanvasPreprocessor preprocessor = new CanvasPreprocessor(checker.explainer().imageSize());
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < images.size(); i++) {
            PreprocessedDigit digit = preprocessor.process(pictures.get(i));
            ObjectNode node = mapper.createObjectNode();
            node.put("image", images.get(i).toString());
            if (!digit.hasDigit()) {
                node.putNull("prediction");
                node.put("reason", digit.noDigit().jsonName());
                node.putArray("nearest");
                node.putArray("saliency");
            } else {
                DigitCheck check = checker.check(digit.image(), accepted);
                describe(node, check);
                ArrayNode maps = node.putArray("saliency");
                Set<Integer> classes = new LinkedHashSet<>(List.of(check.prediction().digit()));
                if (extraClass != null) {
                    classes.add(extraClass);
                }
                for (int target : classes) {
                    for (SaliencyKind kind : mapKinds) {
                        SaliencyMap map = checker.explainer().saliency(digit.image(), target, kind);
                        ObjectNode entry = maps.addObject();
                        entry.put("kind", kind.cliName());
                        entry.put("class", target);
                        if (outDir != null) {
                            Path file = outDir.resolve(fileName(stems.get(images.get(i)), kind, target));
                            writePng(file, map, digit.image());
                            entry.put("file", file.toString());
                        }
                    }
                }
            }
            out.println(json ? mapper.writeValueAsString(node) : text(node));
        }
        out.flush();
        return 0;
    }

    static void describe(ObjectNode node, DigitCheck check) {
        if (check.notADigit()) {
            node.putNull("prediction");
            node.put("reason", "not-a-digit");
        } else {
            node.put("prediction", check.prediction().digit());
        }
        node.put("answer", check.prediction().digit());
        ArrayNode probabilities = node.putArray("probabilities");
        for (float p : check.prediction().probabilities()) {
            probabilities.add(Math.round(p * 1e6) / 1e6);
        }
        node.put("notADigit", check.notADigit());
        node.put("distance", Math.round(check.distance() * 1e4) / 1e4);
        if (!Float.isNaN(check.cloudDistance())) {
            node.put("cloudDistance", Math.round(check.cloudDistance() * 1e4) / 1e4);
        }
        node.put("strangeness", Math.round(check.strangeness() * 1e4) / 1e4);
        node.put("threshold", Math.round(check.threshold() * 1e4) / 1e4);
        node.put("rarity", Math.round(check.rarity() * 1e4) / 1e4);
        ArrayNode nearest = node.putArray("nearest");
        for (Neighbour n : check.nearest()) {
            ObjectNode entry = nearest.addObject();
            entry.put("index", n.index());
            entry.put("label", n.label());
            entry.put("distance", Math.round(n.distance() * 1e4) / 1e4);
        }
    }

    private static String text(ObjectNode node) {
        StringBuilder line = new StringBuilder(node.get("image").asText()).append(": ");
        if (node.get("prediction").isNull()) {
            line.append("no digit (").append(node.get("reason").asText()).append(")");
            if (node.has("answer")) {
                line.append(String.format(Locale.ROOT, ", though the model would say %d", node.get("answer").asInt()));
            }
        } else {
            int digit = node.get("prediction").asInt();
            line.append(String.format(Locale.ROOT, "%d (%.1f%%)", digit,
                    100 * node.get("probabilities").get(digit).asDouble()));
        }
        if (node.has("distance")) {
            // as the Draw view says it: the share of held-out real digits less strange, then the evidence
            line.append(String.format(Locale.ROOT, "; stranger than %.1f%% of real digits: its nearest training images "
                    + "%.3f away", 100 * node.get("rarity").asDouble(), node.get("distance").asDouble()));
            if (node.has("cloudDistance")) {
                line.append(String.format(Locale.ROOT, ", %.1f from the nearest class's middle",
                        node.get("cloudDistance").asDouble()));
            }
            List<String> nearest = new ArrayList<>();
            node.get("nearest").forEach(n -> nearest.add("#" + n.get("index").asInt() + " (" + n.get("label").asInt() + ")"));
            line.append("; most similar training images: ").append(String.join(", ", nearest));
        }
        List<String> files = new ArrayList<>();
        node.get("saliency").forEach(m -> {
            if (m.has("file")) {
                files.add(m.get("file").asText());
            }
        });
        if (!files.isEmpty()) {
            line.append("; maps: ").append(String.join(", ", files));
        }
        return line.toString();
    }

    private List<SaliencyKind> parseKinds() {
        List<SaliencyKind> parsed = new ArrayList<>();
        for (String name : kinds) {
            SaliencyKind kind = null;
            for (SaliencyKind k : SaliencyKind.values()) {
                if (k.cliName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw new BadInputException("--kind: no map kind '" + name
                        + "'; use gradient-x-input, gradient or occlusion");
            }
            if (!parsed.contains(kind)) {
                parsed.add(kind);
            }
        }
        return parsed;
    }

    /** Each image's file name without extension; two images of the same name would write the same maps. */
    private Map<Path, String> stems() {
        Map<Path, String> stems = new HashMap<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path image : images) {
            String name = image.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            Path other = seen.putIfAbsent(stem, image);
            if (other != null && !other.equals(image) && outDir != null) {
                throw new BadInputException(image + " and " + other + " would write maps of the same name into "
                        + outDir + "; rename one of them or explain them one at a time");
            }
            stems.put(image, stem);
        }
        return stems;
    }

    private void checkOutDir(Map<Path, String> stems, List<SaliencyKind> mapKinds) throws IOException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new BadInputException("--out-dir " + outDir + " is not a folder; name a folder for the maps");
        }
        if (!Files.exists(outDir)) {
            Path parent = outDir.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new BadInputException("--out-dir " + outDir + ": the folder " + parent
                        + " does not exist; create it first");
            }
            Files.createDirectory(outDir);
        }
        for (Path image : images) {
            for (SaliencyKind kind : mapKinds) {
                for (int target = 0; target <= 9; target++) {
                    Path file = outDir.resolve(fileName(stems.get(image), kind, target));
                    if (Files.exists(file) && !overwrite) {
                        throw new BadInputException(file + " exists; use --overwrite to replace it, or another --out-dir");
                    }
                }
                try {
                    OutputFiles.check(outDir.resolve(fileName(stems.get(image), kind, 0)), PNG_BYTES);
                } catch (IOException e) {
                    throw new BadInputException(e.getMessage());
                }
            }
        }
    }

    static String fileName(String stem, SaliencyKind kind, int target) {
        return stem + "-" + kind.cliName() + "-" + target + ".png";
    }

    private static void writePng(Path file, SaliencyMap map, float[] image) throws IOException {
        int side = map.size() * PNG_SCALE;
        BufferedImage picture = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, side, side, SaliencyPictures.render(map, image, PNG_SCALE), 0, side);
        AtomicFiles.write(file, stream -> ImageIO.write(picture, "png", stream));
    }
}
