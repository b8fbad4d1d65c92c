package org.digitlab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.digitlab.RealMnist;
import org.digitlab.Slow;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.ImageSet;
import org.digitlab.data.Progress;
import org.digitlab.engine.Engine;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.model.SampleModels;
import org.junit.jupiter.api.Test;

/**
 * Notebook 001's lesson measured: on 1,000 real MNIST test digits, the sample MLP loses digits
 * that move, the sample CNN keeps reading them.
 */
@Slow
class RobustnessOnMnistTest {

    private static final Engine ENGINE = Dl4jEngine.create();

    @Test
    void theCnnStaysAheadOfTheMlpWhenDigitsMoveFourPixels() throws Exception {
        ImageSet images = RealMnist.trainTest().test().range(0, 1_000);
        List<RobustnessSweep.Subject> models = List.of(subject("mlp-512-256"), subject("cnn-3conv"));
        List<SweepCurve> curves = RobustnessSweep.run(ENGINE.evaluator(), models, images,
                List.of(Distortion.SHIFT), Progress.NONE, CancellationToken.none());
        SweepCurve mlp = curves.get(0);
        SweepCurve cnn = curves.get(1);
        System.out.printf("shift 0..10 px, mlp: %s%ncnn: %s%n", mlp.of(Distortion.SHIFT), cnn.of(Distortion.SHIFT));
        assertThat(mlp.accuracyAt(Distortion.SHIFT, 0)).isGreaterThan(0.97);
        assertThat(cnn.accuracyAt(Distortion.SHIFT, 0)).isGreaterThan(0.97);
        assertThat(cnn.accuracyAt(Distortion.SHIFT, 4)).isGreaterThan(mlp.accuracyAt(Distortion.SHIFT, 4) + 0.2);
        assertThat(cnn.meanAccuracy()).isGreaterThan(mlp.meanAccuracy());
        assertThat(mlp.failsAt(Distortion.SHIFT)).isPresent();
    }

    private static RobustnessSweep.Subject subject(String id) throws Exception {
        return new RobustnessSweep.Subject(id, ENGINE.modelFiles().load(SampleModels.find(id).orElseThrow()));
    }
}
