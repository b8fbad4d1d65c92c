package org.digitlab.training.dl4j;

import java.io.IOException;
import java.time.Instant;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.ImageSet;
import org.digitlab.data.dl4j.SplitDataSetIterator;
import org.digitlab.model.AppVersion;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.TrainingChecks;
import org.digitlab.model.RunFacts;
import org.digitlab.model.TrainingHistory;
import org.digitlab.model.TrainingSettings;
import org.digitlab.model.dl4j.Dl4jModelFiles;
import org.digitlab.model.dl4j.Dl4jNetworkFactory;
import org.digitlab.model.dl4j.Dl4jTrainedModel;
import org.digitlab.training.DivergenceWatch;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.RunControl;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One training run, epoch by epoch and batch by batch, on the calling thread. Between batches it
 * honours pause and stop; after each epoch it validates, keeps the best weights by validation
 * loss and decides on early stopping.
 */
final class Dl4jTrainingLoop {

    private final TrainingRequest request;
    private final ArchitectureSpec spec;
    private final TrainingSettings settings;
    private final TrainingListener listener;
    private final RunControl control;
    private final Instant created = Instant.now();

    private MultiLayerNetwork network;
    private AccuracyCountingLoss counter;
    private TrainingHistory history = TrainingHistory.EMPTY;
    private INDArray bestParams;
    private int bestEpoch;
    private double bestValLoss = Double.POSITIVE_INFINITY;

    Dl4jTrainingLoop(TrainingRequest request, TrainingListener listener, RunControl control) {
        this.request = request;
        this.spec = request.spec();
        this.settings = spec.training();
        this.listener = listener;
        this.control = control;
    }

    TrainingResult run() {
        control.started();
        TrainingResult result;
        try {
            result = train();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = end(RunOutcome.STOPPED, "");
        } catch (OutOfMemoryError e) {
            result = new TrainingResult(RunOutcome.ERROR, "Training ran out of memory (" + e.getMessage()
                    + "): try a smaller batch or a smaller network, or give Java more memory (-Xmx).",
                    history, null, 0);
        } catch (RuntimeException | IOException | Error e) {
            // Any failure ends the run with a message: an escaping Error would leave callers waiting.
            result = new TrainingResult(RunOutcome.ERROR, "Training failed: " + e.getMessage(),
                    history, null, 0);
        }
        control.finished(result.outcome() == RunOutcome.DIVERGED
                || result.outcome() == RunOutcome.ERROR);
        listener.onFinished(result);
        return result;
    }

    private TrainingResult train() throws InterruptedException, IOException {
        // Settings and sizes are checked before the engine allocates anything (the GUI asks too).
        TrainingChecks.require(spec);
        Nd4j.getRandom().setSeed(settings.seed());
        network = Dl4jNetworkFactory.build(spec);
        int epochsBefore = request.startFrom() == null ? 0 : startFrom(Dl4jTrainedModel.of(request.startFrom()));
        counter = OutputLossSwap.install(network);
        EpochRunner epochs = new EpochRunner(TrainingStep.forNetwork(network, counter), iterator(), control,
                listener, request.batchEventsPerSecond(), settings,
                new ProbeRecorder(network, request.probes(), probeShape(), listener), epochsBefore,
                new DivergenceWatch(settings.loss(), spec.numClasses()));
        int sinceImprovement = 0;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            EpochRunner.Outcome outcome = epochs.run(epoch);
            if (outcome.diverged()) {
                return end(RunOutcome.DIVERGED, outcome.diagnosis());
            }
            if (outcome.stopped()) {
                return end(RunOutcome.STOPPED, "");
            }
            // DL4J's epoch-scheduled learning rate reads this count; fit(DataSet) never advances it.
            network.incrementEpochCount();
            EpochMetrics metrics = validate(outcome.partial());
            history = history.plus(metrics);
            listener.onEpoch(metrics);
            if (metrics.hasValidation() && metrics.valLoss() < bestValLoss) {
                keepBest(metrics);
                sinceImprovement = 0;
            } else if (metrics.hasValidation()) {
                sinceImprovement++;
            }
            if (settings.earlyStoppingPatience() > 0
                    && sinceImprovement >= settings.earlyStoppingPatience()) {
                return end(RunOutcome.EARLY_STOPPED, "");
            }
            if (control.isStopRequested()) {
                return end(RunOutcome.STOPPED, "");
            }
        }
        return end(RunOutcome.COMPLETED, "");
    }

    /**
     * Takes the weights (batch-norm statistics included) and history of the model being continued.
     * The optimizer starts afresh with this run's settings, as after Keras' {@code load_weights}.
     * The starting weights count as the best so far, measured on this run's validation set, so a
     * continuation that only gets worse hands back what it started from.
     *
     * @return the number of epochs the model had already trained
     */
    private int startFrom(Dl4jTrainedModel model) {
        network.setParams(model.network().params().dup());
        history = model.history();
        int epochsBefore = history.lastEpoch();
        ImageSet validation = request.splits().validation();
        if (validation != null && settings.checkpointBestValLoss()) {
            bestValLoss = Dl4jEvaluator.evaluate(network, spec, validation).loss();
            bestParams = network.params().dup();
            bestEpoch = epochsBefore;
        }
        return epochsBefore;
    }

    /** One probe image's shape as the network takes it: channels-last image or flat vector. */
    private long[] probeShape() {
        var input = spec.input();
        return spec.expectsImageInput()
                ? new long[] {input.height(), input.width(), input.channels()}
                : new long[] {input.size()};
    }

    private SplitDataSetIterator iterator() {
        ImageSet train = request.splits().train();
        SplitDataSetIterator.Layout layout = spec.expectsImageInput()
                ? SplitDataSetIterator.Layout.IMAGE : SplitDataSetIterator.Layout.FLAT;
        int limit = request.limit() == 0 ? train.size() : Math.min(request.limit(), train.size());
        return new SplitDataSetIterator(train, spec.numClasses(), settings.batchSize(), layout,
                settings.seed(), limit, settings.shiftAugmentation(), settings.strokeAugmentation());
    }

    private EpochMetrics validate(EpochMetrics trained) {
        ImageSet validation = request.splits().validation();
        if (validation == null) {
            return trained;
        }
        EvaluationResult result = Dl4jEvaluator.evaluate(network, spec, validation);
        return new EpochMetrics(trained.epoch(), trained.trainLoss(), trained.trainAccuracy(),
                result.loss(), result.accuracy(), trained.seconds(), trained.examplesPerSecond());
    }

    private void keepBest(EpochMetrics metrics) throws IOException {
        bestValLoss = metrics.valLoss();
        if (!settings.checkpointBestValLoss()) {
            return;
        }
        bestEpoch = metrics.epoch();
        bestParams = network.params().dup();
        if (request.checkpointFile() != null) {
            OutputLossSwap.withOriginalLoss(network, counter, () ->
                    new Dl4jModelFiles().save(model(), request.checkpointFile()));
        }
        listener.onCheckpoint(metrics.epoch(), metrics.valLoss());
    }

    private TrainingResult end(RunOutcome outcome, String diagnosis) {
        if (network == null) {
            return new TrainingResult(outcome, diagnosis, history, null, 0);
        }
        OutputLossSwap.uninstall(network, counter);
        if (bestParams != null) {
            network.setParams(bestParams);
        } else if (outcome == RunOutcome.DIVERGED) {
            // No good weights were ever seen: a NaN network is no model to keep.
            return new TrainingResult(outcome, diagnosis, history, null, 0);
        }
        Dl4jTrainedModel kept = model();
        return new TrainingResult(outcome, diagnosis, history,
                kept.withMetadata(kept.metadata().withRun(facts(outcome))), bestEpoch);
    }

    /** What a report must say of this run: how it ended, the epochs run of those planned, the images used. */
    private RunFacts facts(RunOutcome outcome) {
        int setSize = request.splits().train().size();
        int images = request.limit() == 0 ? setSize : Math.min(request.limit(), setSize);
        int before = request.startFrom() == null ? 0 : request.startFrom().history().lastEpoch();
        return new RunFacts(outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                before + settings.epochs(), history.lastEpoch(), images, setSize, bestEpoch);
    }

    private Dl4jTrainedModel model() {
        ModelMetadata metadata = new ModelMetadata(AppVersion.current(), settings.datasetId(),
                spec.input(), DatasetCatalog.get(settings.datasetId()).classNames(),
                ModelMetadata.UNIT_PIXEL_SCALE, settings.seed(), created, null, null);
        return new Dl4jTrainedModel(network, spec, metadata, history);
    }
}
