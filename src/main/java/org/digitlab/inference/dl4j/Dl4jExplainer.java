package org.digitlab.inference.dl4j;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.digitlab.data.dl4j.NativeMemory;
import org.digitlab.inference.Explainer;
import org.digitlab.inference.Look;
import org.digitlab.inference.Prediction;
import org.digitlab.inference.SaliencyKind;
import org.digitlab.inference.SaliencyMap;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.dl4j.Dl4jTrainedModel;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Explains a DL4J network's answers: what it sees of an image (its last hidden layer and its
 * probabilities, for the look-alike index), which pixels speak for a class (the gradient, carried
 * back by {@link InputGradient}, and occlusion), and a fingerprint of its weights.
 */
public final class Dl4jExplainer implements Explainer {

    /** Images per forward pass when many are looked at (the index of training images). */
    static final int BATCH = 256;
    /** Occlusion: a patch of 4×4 input pixels, moved 2 pixels at a time, set to paper. */
    static final int PATCH = 4;
    static final int STRIDE = 2;
    /** log-probabilities are taken of at least this, so a certain "no" stays finite. */
    private static final float MIN_PROBABILITY = 1e-12f;

    private final Dl4jTrainedModel model;
    private final MultiLayerNetwork network;
    private final int side;
    private final boolean imageInput;
    private final LayerWorkspaceMgr noWorkspaces = LayerWorkspaceMgr.noWorkspaces();
    private final InputGradient inputGradient;
    private String fingerprint;

    public Dl4jExplainer(TrainedModel model) {
        this.model = Dl4jTrainedModel.of(model);
        this.network = this.model.network();
        this.side = model.metadata().input().height();
        this.imageInput = model.spec().expectsImageInput();
        this.inputGradient = new InputGradient(network);
    }

    @Override
    public int imageSize() {
        return side;
    }

    @Override
    public int embeddingSize() {
        Layer output = network.getLayer(network.getnLayers() - 1);
        return (int) ((org.deeplearning4j.nn.conf.layers.FeedForwardLayer) output.conf().getLayer()).getNIn();
    }

    @Override
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(model.spec().id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                float[] params;
                synchronized (network) {
                    params = network.params().dup().data().asFloat();
                }
                ByteBuffer bytes = ByteBuffer.allocate(params.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asFloatBuffer().put(params);
                sha.update(bytes);
                fingerprint = HexFormat.of().formatHex(sha.digest()).substring(0, 24);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
        return fingerprint;
    }

    @Override
    public List<Look> look(List<float[]> images) {
        List<Look> looks = new ArrayList<>(images.size());
        for (int from = 0; from < images.size(); from += BATCH) {
            List<float[]> part = images.subList(from, Math.min(images.size(), from + BATCH));
            float[][] hidden;
            float[][] probabilities;
            synchronized (network) {
                // DL4J's own inference pass: its workspaces hold each layer's temporaries and are
                // reused batch after batch, so only the activations returned take new memory.
                List<INDArray> made = new ArrayList<>();
                try {
                    INDArray input = batch(part);
                    made.add(input);
                    int last = network.getnLayers() - 1;
                    List<INDArray> activations = network.feedForwardToLayer(last, input, false);
                    made.addAll(activations);
                    // The output layer's own view of its input (flattened as its preprocessor
                    // flattens), as the gradient's forward pass and the indexes on disk have it.
                    InputPreProcessor pre = network.getLayerWiseConfigurations().getInputPreProcess(last);
                    INDArray beforeOutput = pre == null ? activations.get(last)
                            : pre.preProcess(activations.get(last), part.size(), noWorkspaces);
                    made.add(beforeOutput);
                    hidden = beforeOutput.reshape(part.size(), -1).toFloatMatrix();
                    probabilities = activations.get(last + 1).toFloatMatrix();
                } finally {
                    network.clear();
                    release(made);
                }
            }
            if (images.size() > 1) {
                // glibc keeps the freed buffers of the convolutions: building an index of 30,000
                // images took the process from 0.3 to 3.9 GB resident without this, 0.6 GB with it.
                NativeMemory.trim();
            }
            for (int i = 0; i < part.size(); i++) {
                looks.add(new Look(Prediction.of(probabilities[i]), hidden[i]));
            }
        }
        return looks;
    }

    @Override
    public SaliencyMap saliency(float[] image, int target, SaliencyKind kind) {
        check(image);
        int classes = network.getLayer(network.getnLayers() - 1).getParam("b").columns();
        if (target < 0 || target >= classes) {
            throw new IllegalArgumentException("class " + target + " out of " + classes);
        }
        float[] values = switch (kind) {
            case GRADIENT -> gradient(image, target);
            case GRADIENT_X_INPUT -> times(gradient(image, target), image);
            case OCCLUSION -> occlusion(image, target);
        };
        return new SaliencyMap(side, target, kind, values);
    }

    /** d log p(target) / d pixel, for every pixel. */
    private float[] gradient(float[] image, int target) {
        return inputGradient.of(batch(List.of(image)), target);
    }

    /**
     * Frees the native memory of a batch's arrays at once. Left to the garbage collector, the
     * index's 118 batches of 256 images piled up outside the Java heap faster than it collected
     * them: building cnn-3conv's index took the process from 0.3 to 3.7 GB resident.
     */
    private static void release(List<INDArray> made) {
        java.util.Set<INDArray> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (INDArray array : made) {
            if (array != null && seen.add(array) && array.closeable()) {
                array.close();
            }
        }
    }

    /**
     * Every 4×4 patch set to paper in one batch; each pixel gets the mean fall in
     * log p(target) over the patches that covered it, times its ink (positive: its ink spoke for
     * the class; paper, which rubbing out does not change, gets nothing).
     */
    private float[] occlusion(float[] image, int target) {
        List<int[]> patches = new ArrayList<>();
        List<float[]> copies = new ArrayList<>();
        copies.add(image);
        for (int y = 0; y + PATCH <= side; y += STRIDE) {
            for (int x = 0; x + PATCH <= side; x += STRIDE) {
                float[] copy = image.clone();
                for (int r = y; r < y + PATCH; r++) {
                    java.util.Arrays.fill(copy, r * side + x, r * side + x + PATCH, 0f);
                }
                patches.add(new int[] {x, y});
                copies.add(copy);
            }
        }
        float[][] probabilities;
        synchronized (network) {
            probabilities = network.output(batch(copies), false).toFloatMatrix();
        }
        double base = Math.log(Math.max(MIN_PROBABILITY, probabilities[0][target]));
        float[] sum = new float[side * side];
        int[] count = new int[side * side];
        for (int k = 0; k < patches.size(); k++) {
            float drop = (float) (base - Math.log(Math.max(MIN_PROBABILITY, probabilities[k + 1][target])));
            int x0 = patches.get(k)[0];
            int y0 = patches.get(k)[1];
            for (int r = y0; r < y0 + PATCH; r++) {
                for (int c = x0; c < x0 + PATCH; c++) {
                    sum[r * side + c] += drop;
                    count[r * side + c]++;
                }
            }
        }
        // Rubbing out a patch removes only its ink: the drop belongs to the inked pixels, by their ink.
        for (int i = 0; i < sum.length; i++) {
            sum[i] = count[i] == 0 ? 0f : sum[i] / count[i] * image[i];
        }
        return sum;
    }

    private static float[] times(float[] gradient, float[] image) {
        float[] product = new float[gradient.length];
        for (int i = 0; i < product.length; i++) {
            product[i] = gradient[i] * image[i];
        }
        return product;
    }

    private void check(float[] image) {
        if (image.length != side * side) {
            throw new IllegalArgumentException(String.format("model '%s' takes %d×%d images (%d values); got %d",
                    model.spec().id(), side, side, side * side, image.length));
        }
    }

    private INDArray batch(List<float[]> images) {
        int pixels = side * side;
        float[] all = new float[images.size() * pixels];
        for (int i = 0; i < images.size(); i++) {
            check(images.get(i));
            System.arraycopy(images.get(i), 0, all, i * pixels, pixels);
        }
        long[] shape = imageInput ? new long[] {images.size(), side, side, 1} : new long[] {images.size(), pixels};
        return Nd4j.create(all, shape, 'c');
    }
}
