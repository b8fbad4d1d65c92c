package org.digitlab.inference;

/**
 * Preprocessing and prediction together: what the Draw view and {@code digitlab predict} call.
 * The preprocessing matches the model's image size (28, or 56 for the uncentered lesson).
 */
public final class DigitRecognizer {

    private final Predictor predictor;
    private final CanvasPreprocessor preprocessor;

    public DigitRecognizer(Predictor predictor) {
        this(predictor, PreprocessOptions.MNIST);
    }

    public DigitRecognizer(Predictor predictor, PreprocessOptions options) {
        this.predictor = predictor;
        this.preprocessor = new CanvasPreprocessor(predictor.imageSize(), options);
    }

    public Predictor predictor() {
        return predictor;
    }

    /** The preprocessed canvas and, when it holds a digit, the model's prediction (else null). */
    public Recognition recognize(GrayImage canvas) {
        PreprocessedDigit digit = preprocessor.process(canvas);
        return new Recognition(digit, digit.hasDigit() ? predictor.predict(digit.image()) : null);
    }

    /**
     * @param digit what the model sees (or why it sees nothing)
     * @param prediction the model's answer, or {@code null} when there is no digit
     */
    public record Recognition(PreprocessedDigit digit, Prediction prediction) {

        public boolean hasDigit() {
            return prediction != null;
        }
    }
}
