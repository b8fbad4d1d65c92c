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
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
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
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Explains a DL4J network's answers. The network runs layer by layer in inference mode (batch
 * normalisation with its learned statistics, no dropout), keeping each layer's input, so the
 * gradient of a class's log-probability can be carried back to the pixels through the layers' own
 * {@code backpropGradient}.
 *
 * <p>Why not {@code MultiLayerNetwork.calculateGradients}: it runs the forward pass in training
 * mode, so dropout drops units at random and batch normalisation normalises a batch of one image
 * by its own statistics, which gives a different network from the one that answers. Batch
 * normalisation and dropout layers are therefore differentiated here in their inference form (an
 * affine map per channel; the identity).
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
    private String fingerprint;

    public Dl4jExplainer(TrainedModel model) {
        this.model = Dl4jTrainedModel.of(model);
        this.network = this.model.network();
        this.side = model.metadata().input().height();
        this.imageInput = model.spec().expectsImageInput();
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
        synchronized (network) {
            if (network.getGradientsViewArray() == null) {
                // layers write their parameters' gradients as they go; a loaded network has no room yet
                network.initGradientsView();
            }
            try {
                Forward forward = forward(batch(List.of(image)));
                // log-softmax: d log p_t / d z = onehot(t) − p
                INDArray dz = forward.probabilities.neg();
                dz.putScalar(0, target, dz.getFloat(0, target) + 1f);
                int last = network.getnLayers() - 1;
                INDArray epsilon = dz.mmul(network.getLayer(last).getParam("W").transpose());
                epsilon = backThroughPreprocessor(last, epsilon);
                for (int i = last - 1; i >= 0; i--) {
                    epsilon = backThroughLayer(network.getLayer(i), epsilon);
                    epsilon = backThroughPreprocessor(i, epsilon);
                }
                return epsilon.dup('c').data().asFloat();
            } finally {
                network.clear();
            }
        }
    }

    private INDArray backThroughLayer(Layer layer, INDArray epsilon) {
        org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
        if (conf instanceof DropoutLayer) {
            return epsilon; // the identity at inference
        }
        if (conf instanceof BatchNormalization bn) {
            return batchNormBackward(layer, bn, epsilon);
        }
        return layer.backpropGradient(epsilon, noWorkspaces).getSecond();
    }

    /** At inference batch normalisation is y = γ (x − mean) / √(var + ε) + β per channel (the last axis). */
    private static INDArray batchNormBackward(Layer layer, BatchNormalization conf, INDArray epsilon) {
        INDArray var = conf.isUseLogStd()
                ? Transforms.pow(Nd4j.valueArrayOf(layer.getParam("log10stdev").shape(), 10.0f),
                        layer.getParam("log10stdev").mul(2))
                : layer.getParam("var").dup();
        INDArray scale = Transforms.sqrt(var.addi(conf.getEps()), false).rdivi(1.0);
        if (conf.isLockGammaBeta()) {
            scale.muli(conf.getGamma());
        } else {
            scale.muli(layer.getParam("gamma"));
        }
        long channels = scale.length();
        INDArray rows = epsilon.dup('c').reshape(-1, channels);
        return rows.muliRowVector(scale.reshape(1, channels)).reshape(epsilon.shape());
    }

    private INDArray backThroughPreprocessor(int layerIndex, INDArray epsilon) {
        InputPreProcessor pre = network.getLayerWiseConfigurations().getInputPreProcess(layerIndex);
        return pre == null ? epsilon : pre.backprop(epsilon, (int) epsilon.size(0), noWorkspaces);
    }

    /** The network in inference mode, layer by layer, each layer keeping its input for backprop. */
    private Forward forward(INDArray input) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        int batch = (int) input.size(0);
        INDArray values = input;
        int last = network.getnLayers() - 1;
        for (int i = 0; i < last; i++) {
            InputPreProcessor pre = conf.getInputPreProcess(i);
            if (pre != null) {
                values = pre.preProcess(values, batch, noWorkspaces);
            }
            values = network.getLayer(i).activate(values, false, noWorkspaces);
        }
        InputPreProcessor pre = conf.getInputPreProcess(last);
        INDArray hidden = pre == null ? values : pre.preProcess(values, batch, noWorkspaces);
        INDArray probabilities = network.getLayer(last).activate(hidden, false, noWorkspaces);
        return new Forward(hidden, probabilities);
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

    private record Forward(INDArray hidden, INDArray probabilities) {
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
