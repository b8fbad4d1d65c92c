package org.digitlab.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import org.digitlab.RealMnist;
import org.digitlab.Slow;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.model.SampleModels;
import org.digitlab.training.dl4j.Dl4jEvaluator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The floor of the Keras import on real data: a shipped model's weights, written into each Keras
 * layout, import with the original's MNIST test accuracy, and numpy's Keras forward pass over the
 * same files (reading MNIST's IDX files itself) gets the same accuracy. Three sample models cover
 * every layer kind they use: average pooling and tanh (lenet5), batch normalization, Activation and
 * Dropout (cnn-batchnorm), "same" padding and max pooling (cnn-3conv).
 */
@Slow
class KerasMnistAccuracyTest {

    /** 0.1 percentage point. */
    private static final double TOLERANCE = 0.001;

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"lenet5", "cnn-batchnorm", "cnn-3conv"})
    void kerasFilesOfASampleModelScoreItsMnistAccuracy(String id) throws Exception {
        Dl4jModelFiles files = new Dl4jModelFiles();
        Dl4jTrainedModel original = Dl4jTrainedModel.of(files.load(SampleModels.find(id).orElseThrow()));
        KerasFiles.write(dir, KerasFiles.export(original, dir));
        ImageSet test = RealMnist.plain().test();
        double originalAccuracy = Dl4jEvaluator.evaluate(original, test).accuracy();

        Path mnist = DatasetStore.defaultStore().cacheDir("mnist");
        double numpy = new ObjectMapper().readTree(KerasFiles.run("accuracy", dir.resolve("keras2.h5").toString(),
                mnist.resolve("t10k-images-idx3-ubyte").toString(), mnist.resolve("t10k-labels-idx1-ubyte").toString()))
                .path("accuracy").asDouble();
        StringBuilder figures = new StringBuilder(String.format(Locale.ROOT, "%s: Digit Lab original %.4f, numpy"
                + " (Keras' forward pass) %.4f", id, originalAccuracy, numpy));
        for (String format : KerasImportTest.FORMATS) {
            double imported = Dl4jEvaluator.evaluate(files.load(dir.resolve(format)), test).accuracy();
            figures.append(String.format(Locale.ROOT, ", %s %.4f", format, imported));
            assertThat(imported).as(format).isCloseTo(numpy, org.assertj.core.data.Offset.offset(TOLERANCE));
            assertThat(imported).as(format).isCloseTo(originalAccuracy, org.assertj.core.data.Offset.offset(TOLERANCE));
        }
        System.out.println(figures);
        assertThat(test.size()).isEqualTo(10_000);
    }
}
