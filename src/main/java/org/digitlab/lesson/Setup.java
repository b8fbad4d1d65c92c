package org.digitlab.lesson;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.digitlab.model.Activation;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Loss;
import org.digitlab.model.Optimizer;
import org.digitlab.model.SplitKind;

/**
 * What a step sets up before students start (its action's {@code setup}), or what students are
 * expected to change (the step's {@code solution}, which {@code lesson check} applies to rehearse
 * the step). Every field is optional: an absent one keeps what the window already has.
 *
 * @param preset       a preset id, e.g. "mlp-sigmoid-mse" (not with {@code spec})
 * @param spec         a whole architecture spec, as the Architecture view saves it (not with {@code preset})
 * @param dataset      a dataset id: "mnist", "mnist-uncentered-56" (the digits moved off-centre) or "fashion-mnist"
 * @param split        "train-test", "holdout-half" (notebook 001) or "validation-fraction" (notebook 003)
 * @param epochs       epochs of a run
 * @param limit        training images a run uses, the first ones; 0 for all
 * @param optimizer    "sgd", "adam" or "rmsprop"
 * @param learningRate the step size
 * @param loss         "cross-entropy" or "mse"
 * @param batchSize    examples per step
 * @param activation   replaces the activation of every hidden layer that has one (not linear ones)
 * @param units        the units of the hidden Dense layers, in order, one number per layer
 * @param centreOfMass the preprocessing's centring of the drawing (a switch of the inspector)
 * @param scaleToBox   the preprocessing's crop and scale to 20 pixels
 */
public record Setup(String preset,
                    @JsonDeserialize(using = InlineSpecDeserializer.class) ArchitectureSpec spec,
                    String dataset, SplitKind split, Integer epochs, Integer limit, Optimizer optimizer,
                    Double learningRate, Loss loss, Integer batchSize, Activation activation,
                    List<Integer> units, Boolean centreOfMass, Boolean scaleToBox) {

    /** Nothing set up: everything stays as it is. */
    public static final Setup NONE = new Setup(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    public Setup {
        if (preset != null && spec != null) {
            throw new LessonFieldException("preset", "a setup gives a preset or a spec, not both; remove one");
        }
        preset = preset == null ? null : Fields.text("preset", preset, LessonLimits.MAX_ID_TEXT, true);
        dataset = dataset == null ? null : Fields.text("dataset", dataset, LessonLimits.MAX_ID_TEXT, true);
        Fields.range("epochs", epochs, 1, LessonLimits.MAX_EPOCHS, "5");
        Fields.range("limit", limit, 0, LessonLimits.MAX_IMAGE_LIMIT, "10000 (or 0 for every image)");
        Fields.range("batchSize", batchSize, 1, LessonLimits.MAX_BATCH, "128");
        if (learningRate != null && !(learningRate > 0 && learningRate <= LessonLimits.MAX_LEARNING_RATE)) {
            throw new LessonFieldException("learningRate", "got " + learningRate
                    + "; give a number above 0 and at most " + LessonLimits.MAX_LEARNING_RATE + ", e.g. 0.001");
        }
        if (activation == Activation.SOFTMAX) {
            throw new LessonFieldException("activation", "softmax belongs to the output layer only; use relu,"
                    + " sigmoid, tanh or linear for hidden layers");
        }
        units = units == null ? null : Fields.list("units", units, LessonLimits.MAX_HIDDEN_LAYERS);
        if (units != null) {
            for (Integer n : units) {
                Fields.range("units", n, 1, LessonLimits.MAX_UNITS, "[1024, 256]");
            }
        }
    }

    /** Whether this setup names an architecture of its own. */
    public boolean hasArchitecture() {
        return preset != null || spec != null;
    }
}
