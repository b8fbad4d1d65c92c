package org.digitlab.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetInfo;
import org.digitlab.data.DatasetStore;
import org.digitlab.inference.Predictor;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.Presets;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingHistory;
import org.junit.jupiter.api.Test;

/**
 * A model is shown only with the class names it was trained on: a digit model asked about a
 * Fashion-MNIST image says so instead of naming clothes ("Shirt 99.8%" for a pullover), and a
 * Fashion-MNIST model does not name digits.
 */
class ForeignDatasetPredictionTest {

    private static final Executor DIRECT = Runnable::run;

    private final SimpleObjectProperty<Predictor> predictor = new SimpleObjectProperty<>();
    private final DatasetsViewModel browser = new DatasetsViewModel(DatasetStore.defaultStore(), DIRECT, DIRECT,
            predictor);

    @Test
    void aDigitModelOnFashionMnistSaysItReadsDigitsInsteadOfNamingClothes() {
        predictor.set(new FakePredictor(DatasetCatalog.MNIST_SIDE, trainedOn(DatasetCatalog.MNIST)));
        browser.selectDataset(DatasetCatalog.FASHION_MNIST);

        assertThat(browser.grid().selectedIndexProperty().get()).isZero();
        assertThat(browser.probabilitiesProperty().get()).isNull();
        assertThat(browser.predictionNoteProperty().get())
                .startsWith("This model reads digits; it was not trained on Fashion-MNIST");
    }

    @Test
    void aFashionModelOnMnistDoesNotNameDigits() {
        predictor.set(new FakePredictor(DatasetCatalog.MNIST_SIDE, trainedOn(DatasetCatalog.FASHION_MNIST)));
        browser.selectDataset(DatasetCatalog.MNIST);

        assertThat(browser.probabilitiesProperty().get()).isNull();
        assertThat(browser.predictionNoteProperty().get())
                .startsWith("This model reads Fashion-MNIST's classes (T-shirt/top, Trouser, …); "
                        + "it was not trained on MNIST");
    }

    @Test
    void aModelOnItsOwnClassesAnswersAndTheNoteGoes() {
        predictor.set(new FakePredictor(DatasetCatalog.MNIST_SIDE, trainedOn(DatasetCatalog.MNIST)));
        browser.selectDataset(DatasetCatalog.FASHION_MNIST);
        browser.selectDataset(DatasetCatalog.MNIST);

        assertThat(browser.probabilitiesProperty().get()).hasSize(FakePredictor.CLASSES);
        assertThat(browser.predictionNoteProperty().get()).isEmpty();
    }

    /** A model whose metadata says it learnt the classes of {@code datasetId}; no network behind it. */
    private static TrainedModel trainedOn(String datasetId) {
        DatasetInfo info = DatasetCatalog.get(datasetId);
        ArchitectureSpec spec = Presets.get("mlp-100");
        ModelMetadata metadata = new ModelMetadata("test", datasetId, spec.input(), info.classNames(),
                ModelMetadata.UNIT_PIXEL_SCALE, 1, Instant.EPOCH, null, null);
        return new TrainedModel() {
            @Override
            public ArchitectureSpec spec() {
                return spec;
            }

            @Override
            public ModelMetadata metadata() {
                return metadata;
            }

            @Override
            public TrainingHistory history() {
                return TrainingHistory.EMPTY;
            }

            @Override
            public TrainedModel withMetadata(ModelMetadata newMetadata) {
                return this;
            }
        };
    }
}
