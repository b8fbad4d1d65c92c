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
     * @param prediction the model's answer, or {@code null} when preprocessing found no digit
     * @param check the "is it a digit at all?" evidence, or {@code null} when not judged
     */
    public record Recognition(PreprocessedDigit digit, Prediction prediction, DigitCheck check) {

        public Recognition(PreprocessedDigit digit, Prediction prediction) {
            this(digit, prediction, null);
        }

        /** The same recognition with the verdict of a {@link DigitChecker}. */
        public Recognition judged(DigitCheck newCheck) {
            return new Recognition(digit, prediction, newCheck);
        }

        /** A digit to answer: something was drawn and, when judged, it looks like a digit. */
        public boolean hasDigit() {
            return prediction != null && (check == null || !check.notADigit());
        }

        /** Why there is no answer, or {@code null} when there is one. */
        public NoDigitReason noDigit() {
            if (digit.noDigit() != null) {
                return digit.noDigit();
            }
            return hasDigit() ? null : NoDigitReason.NOT_A_DIGIT;
        }
    }
}
