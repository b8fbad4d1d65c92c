package org.digitlab.model.keras;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.digitlab.model.Activation;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.InputShape;
import org.digitlab.model.InvalidArchitectureException;
import org.digitlab.model.JsonErrors;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.Loss;
import org.digitlab.model.ModelFileException;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.Optimizer;
import org.digitlab.model.SplitKind;
import org.digitlab.model.TrainingSettings;

/**
 * Translates a Keras Sequential model's configuration (the {@code model_config} attribute of an
 * HDF5 file, the {@code config.json} of a {@code .keras} zip) into a Digit Lab spec. Keras 1/2
 * write {@code batch_input_shape} and dtypes as strings; Keras 3 writes {@code batch_shape},
 * dtype policies as objects and {@code module} keys; both are read, and neither dtype matters.
 */
public final class KerasConfig {

    /** The notebooks scale pixels to 0..1; a Keras file does not record its input scaling. */
    public static final String SCALING_NOTE = "Inputs are assumed to be pixels divided by 255 (0 to 1),"
            + " as Keras' MNIST notebooks scale them; the file does not record its input scaling.";
    private static final int BATCH_DEFAULT = 128;
    private static final int EPOCHS_DEFAULT = 5;
    private static final double ADAM_LR_DEFAULT = 0.001;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<String> notes = new ArrayList<>();

    private KerasConfig(Path file) {
        this.file = file;
    }

    /**
     * The model in a configuration.
     *
     * @param file            the Keras file, for messages
     * @param modelConfig     the model's configuration JSON
     * @param trainingConfig  Keras 2's {@code training_config} JSON, or null
     * @param kerasVersion    the version the file names, or null
     * @throws ModelFileException naming the file and, for a layer Digit Lab cannot import, the layer
     */
    public static KerasModel parse(Path file, byte[] modelConfig, byte[] trainingConfig, String kerasVersion)
            throws ModelFileException {
        KerasConfig reader = new KerasConfig(file);
        return reader.read(reader.json(modelConfig, "its model configuration"),
                trainingConfig == null ? null : reader.json(trainingConfig, "its training configuration"),
                kerasVersion == null || kerasVersion.isBlank() ? "unknown" : kerasVersion);
    }

    private JsonNode json(byte[] bytes, String what) throws ModelFileException {
        try {
            return JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file, what + " is not valid JSON" + JsonErrors.describe(e), e);
        } catch (java.io.IOException e) {
            throw new ModelFileException(file, what + " cannot be read: " + e.getMessage(), e);
        }
    }

    private KerasModel read(JsonNode root, JsonNode training, String version) throws ModelFileException {
        String className = root.path("class_name").asText("");
        if (!className.equals("Sequential")) {
            throw new ModelFileException(file, className.isEmpty() ? "not a Keras model: its configuration names"
                    + " no model class" : "a Keras " + className + " model; Digit Lab imports Sequential models"
                    + " (keras.Sequential([...]))");
        }
        JsonNode config = root.path("config");
        JsonNode layers = config.isArray() ? config : config.path("layers"); // Keras <= 2.2: a bare list
        if (!layers.isArray() || layers.isEmpty()) {
            throw new ModelFileException(file, "its Sequential model lists no layers");
        }
        if (layers.size() > KerasFormat.MAX_LAYERS) {
            throw new ModelFileException(file, "its model has " + layers.size() + " layers, more than the "
                    + KerasFormat.MAX_LAYERS + " Digit Lab imports");
        }
        int[] inputShape = inputShape(root, layers);
        List<LayerSpec> specLayers = new ArrayList<>();
        List<WeightedLayer> weighted = new ArrayList<>();
        InputShape input = input(inputShape, layers, specLayers);
        Map<String, Integer> classCounts = new HashMap<>();
        for (JsonNode layer : layers) {
            String kerasClass = layer.path("class_name").asText("");
            JsonNode layerConfig = layer.path("config");
            String name = layerConfig.path("name").asText(KerasLayers.snakeCase(kerasClass));
            if (kerasClass.equals("InputLayer")) {
                continue;
            }
            String saved = savedName(kerasClass, classCounts);
            try {
                specLayers.add(KerasLayers.toSpec(kerasClass, name, layerConfig));
            } catch (KerasLayers.Unsupported e) {
                throw new ModelFileException(file, e.getMessage());
            }
            List<String> variables = variables(kerasClass, layerConfig);
            if (!variables.isEmpty()) {
                weighted.add(new WeightedLayer(specLayers.size() - 1, name, saved, kerasClass, variables));
            }
        }
        foldClassifier(specLayers);
        ArchitectureSpec spec = spec(input, specLayers, training != null ? training : root.path("compile_config"),
                version);
        return new KerasModel(spec, weighted, version, notes);
    }

    /** "conv2d", "conv2d_1", ...: a .keras weights file names layers by class and order. */
    private static String savedName(String kerasClass, Map<String, Integer> counts) {
        String base = KerasLayers.snakeCase(kerasClass);
        int n = counts.merge(base, 1, Integer::sum) - 1;
        return n == 0 ? base : base + "_" + n;
    }

    private static List<String> variables(String kerasClass, JsonNode config) {
        boolean bias = config.path("use_bias").asBoolean(true);
        return switch (kerasClass) {
            case "Dense", "Conv2D", "Convolution2D" -> bias ? List.of(WeightedLayer.KERNEL, WeightedLayer.BIAS)
                    : List.of(WeightedLayer.KERNEL);
            case "BatchNormalization" -> {
                List<String> names = new ArrayList<>();
                if (config.path("scale").asBoolean(true)) {
                    names.add(WeightedLayer.GAMMA);
                }
                if (config.path("center").asBoolean(true)) {
                    names.add(WeightedLayer.BETA);
                }
                names.add(WeightedLayer.MOVING_MEAN);
                names.add(WeightedLayer.MOVING_VARIANCE);
                yield names;
            }
            default -> List.of();
        };
    }

    /** The input's shape without the batch axis, from wherever this Keras version wrote it. */
    private int[] inputShape(JsonNode root, JsonNode layers) throws ModelFileException {
        JsonNode first = layers.get(0).path("config");
        for (JsonNode candidate : List.of(first.path("batch_input_shape"), first.path("batch_shape"),
                root.path("config").path("build_input_shape"), root.path("build_config").path("input_shape"),
                layers.get(0).path("build_config").path("input_shape"))) {
            if (candidate.isArray() && candidate.size() >= 2) {
                int[] shape = new int[candidate.size() - 1];
                for (int i = 1; i < candidate.size(); i++) {
                    shape[i - 1] = candidate.get(i).asInt(-1);
                    if (shape[i - 1] < 1) {
                        throw new ModelFileException(file, "its input shape " + candidate + " has a size that is"
                                + " not fixed; Digit Lab needs fixed image sizes");
                    }
                }
                return shape;
            }
        }
        throw new ModelFileException(file, "its configuration gives no input shape (the model was saved before"
                + " it was built); give the first layer input_shape=(28, 28, 1) and save it again");
    }

    /** Flat rows of h·w values and (h, w) images need a Flatten before Digit Lab's first Dense. */
    private InputShape input(int[] shape, JsonNode layers, List<LayerSpec> specLayers) throws ModelFileException {
        String firstClass = "";
        for (JsonNode layer : layers) {
            firstClass = layer.path("class_name").asText("");
            if (!firstClass.equals("InputLayer")) {
                break;
            }
        }
        if (shape.length == 3) {
            if (shape[2] > org.digitlab.model.ModelLimits.MAX_INPUT_CHANNELS) {
                throw new ModelFileException(file, "its input has " + shape[2] + " channels; Digit Lab reads"
                        + " images of at most " + org.digitlab.model.ModelLimits.MAX_INPUT_CHANNELS);
            }
            return new InputShape(shape[0], shape[1], shape[2]);
        }
        if (shape.length == 2 && firstClass.equals("Flatten")) {
            return new InputShape(shape[0], shape[1], 1);
        }
        int side = (int) Math.round(Math.sqrt(shape[0]));
        if (shape.length == 1 && side * side == shape[0]) {
            if (!firstClass.equals("Flatten")) {
                specLayers.add(new LayerSpec.Flatten());
                notes.add("Its input is a flat row of " + shape[0] + " values, read as a " + side + "×" + side
                        + " image flattened row by row.");
            }
            return new InputShape(side, side, 1);
        }
        throw new ModelFileException(file, "its input shape " + java.util.Arrays.toString(shape) + " is not an"
                + " image Digit Lab can give it: (height, width, channels), (height, width) before a Flatten,"
                + " or a flat row of a square image's pixels");
    }

    /**
     * Digit Lab's last layer is the classifier, a Dense with its activation: Keras' Dense then
     * Activation('softmax') become one; a Dense with no activation (logits, for a loss with
     * from_logits=True) gets softmax, which keeps every prediction's winning class.
     */
    private void foldClassifier(List<LayerSpec> layers) throws ModelFileException {
        int last = layers.size() - 1;
        LayerSpec tail = layers.get(last);
        if (tail instanceof LayerSpec.ActivationLayer act && last > 0
                && layers.get(last - 1) instanceof LayerSpec.Dense dense && dense.activation() == Activation.LINEAR) {
            layers.remove(last);
            layers.set(last - 1, new LayerSpec.Output(dense.units(), act.activation()));
            return;
        }
        if (!(tail instanceof LayerSpec.Dense dense)) {
            throw new ModelFileException(file, "its last layer is " + tail.kind() + "; Digit Lab needs a model that"
                    + " ends with its classifier, a Dense layer (with softmax)");
        }
        Activation activation = dense.activation();
        if (activation == Activation.LINEAR) {
            activation = Activation.SOFTMAX;
            notes.add("Its last Dense layer gives raw scores (logits); Digit Lab adds softmax, which keeps every"
                    + " prediction's winning class and turns the scores into probabilities.");
        }
        layers.set(last, new LayerSpec.Output(dense.units(), activation));
    }

    private ArchitectureSpec spec(InputShape input, List<LayerSpec> layers, JsonNode compile, String version)
            throws ModelFileException {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String id = "keras-" + stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        int classes = ((LayerSpec.Output) layers.get(layers.size() - 1)).units();
        notes.add(0, SCALING_NOTE);
        String description = "Imported from the Keras " + version + " file " + file.getFileName() + ". "
                + String.join(" ", notes);
        ArchitectureSpec spec = new ArchitectureSpec(id, stem, "Keras", description, input, classes, layers,
                training(compile, input));
        try {
            ModelSummary.of(spec);
        } catch (InvalidArchitectureException e) {
            throw new ModelFileException(file, "its layers do not stack in Digit Lab: " + e.getMessage()
                    .replaceFirst("^Architecture '[^']*' is invalid: ", ""), e);
        }
        return spec;
    }

    /** The optimizer, learning rate and loss the file was compiled with, where Digit Lab has them. */
    private TrainingSettings training(JsonNode compile, InputShape input) {
        JsonNode optimizer = compile.has("optimizer_config") ? compile.path("optimizer_config")
                : compile.path("optimizer");
        Optimizer kind = switch (optimizer.path("class_name").asText("Adam").toLowerCase(Locale.ROOT)) {
            case "sgd" -> Optimizer.SGD;
            case "rmsprop" -> Optimizer.RMSPROP;
            default -> Optimizer.ADAM;
        };
        JsonNode rate = optimizer.path("config").path("learning_rate");
        if (rate.isMissingNode()) {
            rate = optimizer.path("config").path("lr"); // Keras 2.0-2.2
        }
        double learningRate = rate.isNumber() && rate.asDouble() > 0 ? rate.asDouble()
                : kind == Optimizer.SGD ? 0.01 : ADAM_LR_DEFAULT;
        String loss = compile.path("loss").asText("categorical_crossentropy").toLowerCase(Locale.ROOT);
        Loss lossKind = loss.contains("squared") || loss.equals("mse") ? Loss.MSE : Loss.CROSS_ENTROPY;
        String dataset = input.height() == 56 ? "mnist-uncentered-56" : TrainingSettings.MNIST;
        return new TrainingSettings(kind, learningRate, lossKind, BATCH_DEFAULT, EPOCHS_DEFAULT, 1, dataset,
                SplitKind.TRAIN_TEST, 0.0, false, 0, 0.0, 0, false);
    }
}
