package org.digitlab.training.dl4j;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DrawAugmenter;
import org.digitlab.data.ImageSet;
import org.digitlab.data.dl4j.SplitDataSetIterator;
import org.digitlab.model.AppVersion;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Augmentation;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.TrainingChecks;
import org.digitlab.model.RunFacts;
import org.digitlab.model.TrainingHistory;
import org.digitlab.model.TrainingSettings;
import org.digitlab.model.dl4j.Dl4jNetworkFactory;
import org.digitlab.model.dl4j.Dl4jTrainedModel;
import org.digitlab.training.DivergenceCheck;
import org.digitlab.training.DivergenceWatch;
import org.digitlab.training.EarlyStopping;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.RunControl;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.RunRule;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One training run, epoch by epoch and batch by batch, on the calling thread. Between batches it
 * honours pause and stop; after each epoch it validates. What may end a run early is a
 * {@link RunRule}, composed: divergence ({@link DivergenceCheck}), the best epoch's weights
 * ({@link Dl4jCheckpoints}, which never ends it) and early stopping ({@link EarlyStopping}).
 */
final class Dl4jTrainingLoop {

    /** Keeps the redrawer's random sequence apart from the shuffle's and the shifts'. */
    private static final long DRAW_SEED_SALT = 0x2F6B_D1A7_93C4_E5L;

    private final TrainingRequest request;
    private final ArchitectureSpec spec;
    private final TrainingSettings settings;
    private final TrainingListener listener;
    private final RunControl control;
    private final Instant created = Instant.now();

    private MultiLayerNetwork network;
    private AccuracyCountingLoss counter;
    private TrainingHistory history = TrainingHistory.EMPTY;
    private Dl4jCheckpoints checkpoints;

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
        Start start = request.startFrom() == null ? Start.FRESH : startFrom(Dl4jTrainedModel.of(request.startFrom()));
        counter = OutputLossSwap.install(network);
        checkpoints = new Dl4jCheckpoints(network, counter, settings.checkpointBestValLoss(), request.checkpointFile(),
                listener, this::model);
        if (start.bestParams() != null) {
            checkpoints.startFrom(start.valLoss(), start.bestParams(), start.epochsBefore());
        }
        RunRule rules = RunRule.all(List.of(
                new DivergenceCheck(new DivergenceWatch(settings.loss(), spec.numClasses()), settings.learningRate()),
                checkpoints,
                new EarlyStopping(settings.earlyStoppingPatience(), checkpoints.bestValLoss())));
        EpochRunner epochs = new EpochRunner(TrainingStep.forNetwork(network, counter), iterator(), control,
                listener, request.batchEventsPerSecond(), settings,
                new ProbeRecorder(network, request.probes(), probeShape(), listener), start.epochsBefore(), rules);
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            EpochRunner.Outcome outcome = epochs.run(epoch);
            if (outcome.ending() != null) {
                return end(outcome.ending().outcome(), outcome.ending().diagnosis());
            }
            if (outcome.stopped()) {
                return end(RunOutcome.STOPPED, "");
            }
            // DL4J's epoch-scheduled learning rate reads this count; fit(DataSet) never advances it.
            network.incrementEpochCount();
            EpochMetrics metrics = validate(outcome.partial());
            history = history.plus(metrics);
            listener.onEpoch(metrics);
            RunRule.Ending ending = rules.afterEpoch(metrics);
            if (ending != null) {
                return end(ending.outcome(), ending.diagnosis());
            }
            if (control.isStopRequested()) {
                return end(RunOutcome.STOPPED, "");
            }
        }
        return end(RunOutcome.COMPLETED, "");
    }

    /**
     * Where a run starts.
     *
     * @param epochsBefore epochs the continued model had trained
     * @param valLoss its loss on this run's validation set, when measured
     * @param bestParams its weights as the best so far, or null when not measured
     */
    private record Start(int epochsBefore, double valLoss, INDArray bestParams) {
        static final Start FRESH = new Start(0, Double.POSITIVE_INFINITY, null);
    }

    /**
     * Takes the weights (batch-norm statistics included) and history of the model being continued.
     * The optimizer starts afresh with this run's settings, as after Keras' {@code load_weights}.
     * The starting weights count as the best so far, measured on this run's validation set, so a
     * continuation that only gets worse hands back what it started from.
     *
     * @return the epochs the model had already trained, and its weights and validation loss as the best so far
     */
    private Start startFrom(Dl4jTrainedModel model) {
        network.setParams(model.network().params().dup());
        history = model.history();
        int epochsBefore = history.lastEpoch();
        ImageSet validation = request.splits().validation();
        if (validation != null && settings.checkpointBestValLoss()) {
            double loss = Dl4jEvaluator.evaluate(network, spec, validation).loss();
            return new Start(epochsBefore, loss, network.params().dup());
        }
        return new Start(epochsBefore, Double.POSITIVE_INFINITY, null);
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
                settings.seed(), limit, settings.shiftAugmentation(), settings.strokeAugmentation(),
                augmenter(train));
    }

    /** The draw augmentation's redrawer, seeded from the run's seed; null when it is off. */
    private DrawAugmenter augmenter(ImageSet train) {
        if (settings.augmentation() != Augmentation.DRAW) {
            return null;
        }
        long seed = settings.seed() ^ DRAW_SEED_SALT;
        return DatasetCatalog.FASHION_MNIST.equals(settings.datasetId())
                ? DrawAugmenter.forImages(train.rows(), train.cols(), seed)
                : DrawAugmenter.forDigits(train.rows(), train.cols(), seed);
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

    private TrainingResult end(RunOutcome outcome, String diagnosis) {
        if (network == null) {
            return new TrainingResult(outcome, diagnosis, history, null, 0);
        }
        OutputLossSwap.uninstall(network, counter);
        if (checkpoints != null && checkpoints.bestParams() != null) {
            network.setParams(checkpoints.bestParams());
        } else if (outcome == RunOutcome.DIVERGED) {
            // No good weights were ever seen: a NaN network is no model to keep.
            return new TrainingResult(outcome, diagnosis, history, null, 0);
        }
        Dl4jTrainedModel kept = model();
        return new TrainingResult(outcome, diagnosis, history,
                kept.withMetadata(kept.metadata().withRun(facts(outcome))), bestEpoch());
    }

    /** What a report must say of this run: how it ended, the epochs run of those planned, the images used. */
    private RunFacts facts(RunOutcome outcome) {
        int setSize = request.splits().train().size();
        int images = request.limit() == 0 ? setSize : Math.min(request.limit(), setSize);
        int before = request.startFrom() == null ? 0 : request.startFrom().history().lastEpoch();
        return new RunFacts(outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                before + settings.epochs(), history.lastEpoch(), images, setSize, bestEpoch());
    }

    private int bestEpoch() {
        return checkpoints == null ? 0 : checkpoints.bestEpoch();
    }

    private Dl4jTrainedModel model() {
        ModelMetadata metadata = new ModelMetadata(AppVersion.current(), settings.datasetId(),
                spec.input(), DatasetCatalog.get(settings.datasetId()).classNames(),
                ModelMetadata.UNIT_PIXEL_SCALE, settings.seed(), created, null, null);
        return new Dl4jTrainedModel(network, spec, metadata, history);
    }
}
