package org.digitlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.digitlab.RealMnist;
import org.digitlab.Slow;
import org.digitlab.model.Activation;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.Presets;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;
import org.junit.jupiter.api.Test;

/** Specs the editor allows train, and specs no run can use are refused before the engine builds. */
@Slow
class ActivationLayerTrainingTest {

    private static final long TIMEOUT_SECONDS = 120;

    /** The fast dense step asked an Activation layer for its activation and failed on the cast. */
    @Test
    void anMlpWithAnActivationLayerTrains() throws Exception {
        ArchitectureSpec preset = Presets.get("mlp-100");
        ArchitectureSpec spec = preset.withLayers(List.of(new LayerSpec.Flatten(),
                new LayerSpec.Dense(100, Activation.LINEAR), new LayerSpec.ActivationLayer(Activation.RELU),
                LayerSpec.Output.softmax(10))).withTraining(preset.training().withEpochs(1));

        TrainingResult result = train(TrainingRequest.of(spec, RealMnist.plain()).withLimit(2000));

        assertThat(result.outcome()).as(result.diagnosis()).isEqualTo(RunOutcome.COMPLETED);
        assertThat(result.history().epochs().get(0).trainAccuracy()).isGreaterThan(0.5);
    }

    @Test
    void theTrainerItselfRefusesAnInfiniteLearningRateNamingIt() throws Exception {
        ArchitectureSpec preset = Presets.get("mlp-100");
        ArchitectureSpec spec = preset.withTraining(preset.training().withEpochs(1)
                .withLearningRate(Double.POSITIVE_INFINITY));

        TrainingResult result = train(TrainingRequest.of(spec, RealMnist.plain()).withLimit(500));

        assertThat(result.outcome()).isEqualTo(RunOutcome.ERROR);
        assertThat(result.diagnosis()).contains("learning rate", "Infinity");
        assertThat(result.hasModel()).isFalse();
    }

    private static TrainingResult train(TrainingRequest request) throws Exception {
        return new Dl4jTrainer().start(request, new TrainingListener() { }).result()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
