package org.digitlab.ui.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.Presets;
import org.digitlab.training.RunState;
import org.digitlab.ui.training.RunRecord;
import org.digitlab.ui.training.TrainingView;
import org.digitlab.ui.training.TrainingViewModel;

/**
 * A training run started at launch, for measurements and screenshots, set by system properties:
 * {@code digitlab.autotrain=PRESET} (with optional {@code digitlab.autotrain.epochs=N} and
 * {@code digitlab.autotrain.limit=N}) shows the Training view and starts the preset at once;
 * several presets ({@code mlp-sigmoid-mse,mlp-100}) train one after the other, each finished run
 * ticked for comparison;
 * {@code digitlab.measure.out=FILE} also records the gaps between FX pulses while the run trains,
 * writes them and the training speed to FILE when the run ends, and closes the app.
 * {@code scripts/measure-fx-pulses.sh} runs it under Xvfb.
 */
public final class AutoTrain {

    public static final String PRESET = "digitlab.autotrain";
    public static final String EPOCHS = "digitlab.autotrain.epochs";
    public static final String LIMIT = "digitlab.autotrain.limit";
    public static final String MEASURE_OUT = "digitlab.measure.out";

    private final java.util.List<ArchitectureSpec> specs;
    private final ArchitectureSpec spec;
    private final int limit;
    private final Path measureOut;
    private final long startNanos = System.nanoTime();

    AutoTrain(java.util.List<ArchitectureSpec> specs, int limit, Path measureOut) {
        this.specs = java.util.List.copyOf(specs);
        this.spec = specs.get(specs.size() - 1);
        this.limit = limit;
        this.measureOut = measureOut;
    }

    static Optional<AutoTrain> fromSystemProperties() {
        String preset = System.getProperty(PRESET);
        if (preset == null || preset.isBlank()) {
            return Optional.empty();
        }
        String epochs = System.getProperty(EPOCHS);
        java.util.List<ArchitectureSpec> specs = new java.util.ArrayList<>();
        for (String id : preset.split(",")) {
            ArchitectureSpec spec = Presets.get(id.strip());
            specs.add(epochs == null ? spec
                    : spec.withTraining(spec.training().withEpochs(Integer.parseInt(epochs.strip()))));
        }
        int limit = Integer.parseInt(System.getProperty(LIMIT, "0").strip());
        String out = System.getProperty(MEASURE_OUT);
        return Optional.of(new AutoTrain(specs, limit, out == null ? null : Path.of(out)));
    }

    /** Shows the Training view and starts the run once the window is up. */
    void begin(TrainingView view, Runnable showTrainingView) {
        TrainingViewModel viewModel = view.viewModel();
        Platform.runLater(() -> {
            showTrainingView.run();
            viewModel.limitProperty().set(limit);
            java.util.Deque<ArchitectureSpec> next = new java.util.ArrayDeque<>(specs);
            viewModel.activeProperty().addListener((obs, was, active) -> {
                if (!active && viewModel.lastRunProperty().get() != null && specs.size() > 1) {
                    viewModel.lastRunProperty().get().compared().set(true);
                    if (!next.isEmpty()) {
                        Platform.runLater(() -> view.train(next.poll()));
                    }
                }
            });
            if (measureOut != null) {
                measure(viewModel, next);
            }
            view.train(next.poll());
        });
    }

    /**
     * Two recorders: the whole time the run trains, and from the end of its first epoch on (the
     * "warm_" figures), when start-up (native libraries, JIT, the sample model loading beside the
     * run) is over.
     */
    private void measure(TrainingViewModel viewModel, java.util.Deque<ArchitectureSpec> next) {
        PulseGapRecorder pulses = new PulseGapRecorder();
        PulseGapRecorder warm = new PulseGapRecorder();
        pulses.setRecording(false);
        warm.setRecording(false);
        pulses.start();
        warm.start();
        viewModel.stateProperty().addListener((obs, old, state) -> {
            pulses.setRecording(state == RunState.RUNNING);
            warm.setRecording(state == RunState.RUNNING && !viewModel.curves().epochs().isEmpty());
        });
        viewModel.curves().epochs().addListener((javafx.collections.ListChangeListener<EpochMetrics>) change ->
                warm.setRecording(viewModel.stateProperty().get() == RunState.RUNNING && !viewModel.curves().epochs().isEmpty()));
        viewModel.activeProperty().addListener((obs, was, active) -> {
            if (!active && next.isEmpty()) {
                pulses.stop();
                warm.stop();
                write(viewModel, pulses, warm);
                Platform.exit();
            }
        });
    }

    private void write(TrainingViewModel viewModel, PulseGapRecorder pulses, PulseGapRecorder warm) {
        RunRecord run = viewModel.lastRunProperty().get();
        StringBuilder text = new StringBuilder();
        text.append("preset=").append(spec.id()).append('\n');
        text.append("epochs=").append(spec.training().epochs()).append('\n');
        text.append("limit=").append(limit).append('\n');
        text.append("outcome=").append(run == null ? "none" : run.outcome()).append('\n');
        text.append(String.format(Locale.ROOT, "wall_seconds=%.1f%n", (System.nanoTime() - startNanos) / 1e9));
        text.append(pulses.report());
        text.append(warm.report("warm_"));
        text.append(String.format(Locale.ROOT, "examples_per_second=%.0f%n", examplesPerSecond(run, viewModel)));
        if (run != null && run.test() != null) {
            text.append(String.format(Locale.ROOT, "test_accuracy=%.4f%n", run.test().accuracy()));
        }
        try {
            Files.writeString(measureOut, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + measureOut, e);
        }
    }

    /** Over whole epochs when there are any (as `bin/digitlab train` prints it), else the last sample. */
    static double examplesPerSecond(RunRecord run, TrainingViewModel viewModel) {
        if (run != null && !run.epochs().isEmpty()) {
            double examples = 0;
            double seconds = 0;
            for (EpochMetrics e : run.epochs()) {
                examples += e.examplesPerSecond() * e.seconds();
                seconds += e.seconds();
            }
            return examples / seconds;
        }
        return viewModel.progress().examplesPerSecondProperty().get();
    }
}
