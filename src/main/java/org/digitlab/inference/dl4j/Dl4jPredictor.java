package org.digitlab.inference.dl4j;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.inference.Prediction;
import org.digitlab.inference.Predictor;
import org.digitlab.model.InputShape;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.dl4j.Dl4jTrainedModel;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Predicts with a DL4J network. A network is not thread-safe, so calls are serialised on the
 * network (which the evaluator and the inspector lock too); each one is a single forward pass in
 * inference mode.
 */
public final class Dl4jPredictor implements Predictor {

    private final Dl4jTrainedModel model;
    private final int size;
    private final boolean imageInput;

    /**
     * @throws IllegalArgumentException for a model that does not take square one-channel images
     *     big enough for a 20-pixel digit, naming the model and its input
     */
    public Dl4jPredictor(TrainedModel model) {
        this.model = Dl4jTrainedModel.of(model);
        InputShape input = model.metadata().input();
        if (input.channels() != 1 || input.height() != input.width() || input.height() < 20) {
            throw new IllegalArgumentException(String.format(
                    "model '%s' takes %d×%d images with %d channel(s): Digit Lab predicts square "
                            + "one-channel digit images (28×28, or 56×56 for the uncentered lesson)",
                    model.spec().id(), input.height(), input.width(), input.channels()));
        }
        this.size = input.height();
        this.imageInput = model.spec().expectsImageInput();
    }

    @Override
    public TrainedModel model() {
        return model;
    }

    @Override
    public int imageSize() {
        return size;
    }

    @Override
    public Prediction predict(float[] image) {
        return predictAll(List.of(image)).get(0);
    }

    @Override
    public List<Prediction> predictAll(List<float[]> images) {
        int pixels = size * size;
        float[] batch = new float[images.size() * pixels];
        for (int i = 0; i < images.size(); i++) {
            float[] image = images.get(i);
            if (image.length != pixels) {
                throw new IllegalArgumentException(String.format("model '%s' takes %d×%d images "
                        + "(%d values); image %d has %d values", model.spec().id(), size, size, pixels, i,
                        image.length));
            }
            System.arraycopy(image, 0, batch, i * pixels, pixels);
        }
        long[] shape = imageInput ? new long[] {images.size(), size, size, 1} : new long[] {images.size(), pixels};
        MultiLayerNetwork network = model.network();
        float[][] rows;
        // The network's own lock: the evaluator and the network inspector use the same network.
        synchronized (network) {
            rows = network.output(Nd4j.create(batch, shape, 'c'), false).toFloatMatrix();
        }
        List<Prediction> predictions = new ArrayList<>(rows.length);
        for (float[] row : rows) {
            predictions.add(Prediction.of(row));
        }
        return predictions;
    }
}
