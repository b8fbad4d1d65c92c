package org.digitlab.inference.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.digitlab.inference.Prediction;
import org.digitlab.model.AppVersion;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.InputShape;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.Presets;
import org.digitlab.model.TrainingHistory;
import org.digitlab.model.dl4j.Dl4jNetworkFactory;
import org.digitlab.model.dl4j.Dl4jTrainedModel;
import org.junit.jupiter.api.Test;

class Dl4jPredictorTest {

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    static Dl4jTrainedModel untrained(ArchitectureSpec spec) {
        return new Dl4jTrainedModel(Dl4jNetworkFactory.build(spec), spec, new ModelMetadata(AppVersion.current(),
                "mnist", spec.input(), DIGITS, ModelMetadata.UNIT_PIXEL_SCALE, 1, Instant.now(), null, null),
                TrainingHistory.EMPTY);
    }

    @Test
    void tenProbabilitiesSummingToOneAndTheirArgmax() {
        Dl4jPredictor predictor = new Dl4jPredictor(untrained(Presets.get("cnn-3conv")));
        Prediction p = predictor.predict(new float[28 * 28]);
        assertThat(p.probabilities()).hasSize(10);
        double sum = 0;
        for (float v : p.probabilities()) {
            sum += v;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-5));
        assertThat(p.probabilities()[p.digit()]).isEqualTo(p.confidence());
    }

    @Test
    void batchedPredictionsEqualSingleOnes() {
        Dl4jPredictor predictor = new Dl4jPredictor(untrained(Presets.get("mlp-100")));
        float[] a = new float[784];
        float[] b = new float[784];
        for (int i = 0; i < 784; i++) {
            a[i] = (i % 7) / 7f;
            b[i] = (i % 3) / 3f;
        }
        List<Prediction> both = predictor.predictAll(List.of(a, b));
        assertThat(both.get(0).probabilities()).containsExactly(predictor.predict(a).probabilities(), within(1e-6f));
        assertThat(both.get(1).probabilities()).containsExactly(predictor.predict(b).probabilities(), within(1e-6f));
    }

    @Test
    void anImageOfTheWrongSizeIsRefusedNamingBothSizes() {
        Dl4jPredictor predictor = new Dl4jPredictor(untrained(Presets.get("cnn-3conv-uncentered")));
        assertThat(predictor.imageSize()).isEqualTo(56);
        assertThatThrownBy(() -> predictor.predict(new float[28 * 28]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("56×56").hasMessageContaining("784");
    }

    @Test
    void aModelForColourImagesIsRefused() {
        ArchitectureSpec spec = Presets.get("cnn-3conv").withInput(new InputShape(32, 32, 3));
        assertThatThrownBy(() -> new Dl4jPredictor(untrained(spec)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32×32").hasMessageContaining("3 channel");
    }
}
