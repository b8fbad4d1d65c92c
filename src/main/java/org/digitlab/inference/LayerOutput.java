package org.digitlab.inference;

/**
 * One layer's output for one image.
 *
 * @param name the layer's name in the model summary ("conv2d_1", "dense_2")
 * @param kind the Keras class name ("Conv2D", "MaxPooling2D", "Dense")
 * @param height rows of each feature map; 0 for a dense layer
 * @param width columns of each feature map; 0 for a dense layer
 * @param channels feature maps (filters), or units of a dense layer
 * @param values channels last ({@code (row · width + column) · channels + channel}) for feature
 *     maps, one value per unit for a dense layer
 */
public record LayerOutput(String name, String kind, int height, int width, int channels, float[] values) {

    public LayerOutput {
        int expected = spatial(height, width) ? height * width * channels : channels;
        if (values.length != expected) {
            throw new IllegalArgumentException(name + ": " + values.length + " values, expected " + expected);
        }
    }

    private static boolean spatial(int height, int width) {
        return height > 0 && width > 0;
    }

    /** Whether the output is feature maps (convolution, pooling) rather than units. */
    public boolean spatial() {
        return spatial(height, width);
    }

    /** One feature map, row by row. */
    public float[] map(int channel) {
        float[] map = new float[height * width];
        for (int i = 0; i < map.length; i++) {
            map[i] = values[i * channels + channel];
        }
        return map;
    }
}
