package org.digitlab.ui.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.scene.control.TabPane;
import org.digitlab.lesson.RunSummary;
import org.digitlab.lesson.Setting;
import org.digitlab.lesson.View;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.TrainingHistory;
import org.digitlab.ui.architecture.ArchitectureViewModel;
import org.digitlab.ui.draw.DrawViewModel;
import org.digitlab.ui.inside.PreprocessViewModel;
import org.digitlab.ui.lessons.LessonWindow;
import org.digitlab.ui.lessons.LessonsViewModel;
import org.digitlab.ui.state.ProbeBoard;
import org.digitlab.ui.training.RunRecord;
import org.digitlab.ui.training.TrainingView;
import org.digitlab.ui.training.TrainingViewModel;

/**
 * The main window as a lesson sees it: a step's setup goes through the Architecture and Training
 * view-models as a student's choices would, its run through the Training view, and whatever a check
 * may look at comes back from them. It also tells the Lessons panel when to decide its check again.
 */
final class LessonHost implements LessonWindow {

    /** The sections' order in MainView.fxml. */
    private static final Map<View, Integer> SECTION = Map.of(View.DRAW, 0, View.PREPROCESSING, 0, View.INSIDE, 0,
            View.PROBES, 0, View.DATASETS, 1, View.ARCHITECTURE, 2, View.TRAINING, 3, View.EVALUATION, 4);
    /** Draw's side panels in DrawView.fxml, for the views that are Draw with a panel beside it. */
    private static final Map<View, Integer> SIDE_PANEL = Map.of(View.PREPROCESSING, 1, View.INSIDE, 2,
            View.PROBES, 3);

    private final ArchitectureViewModel architecture;
    private final TrainingView trainingView;
    private final TrainingViewModel training;
    private final TabPane sections;
    private final TabPane drawPanels;
    private final Draw draw;

    /** What a lesson sees of the Draw view: the drawing, the preprocessing's switches, probes, fools. */
    record Draw(DrawViewModel drawing, PreprocessViewModel preprocessing, ProbeBoard probes) {
    }

    LessonHost(ArchitectureViewModel architecture, TrainingView trainingView, TabPane sections, TabPane drawPanels,
               Draw draw) {
        this.architecture = architecture;
        this.trainingView = trainingView;
        this.training = trainingView.viewModel();
        this.sections = sections;
        this.drawPanels = drawPanels;
        this.draw = draw;
    }

    /**
     * Decides the panel's check again whenever something a check can see changes: the architecture,
     * the runs, the view, the drawing, the preprocessing's switches, the probes or the fools.
     */
    void watch(LessonsViewModel lessons) {
        javafx.beans.InvalidationListener refresh = (Observable o) -> lessons.refresh();
        architecture.specProperty().addListener(refresh);
        training.runs().addListener(refresh);
        sections.getSelectionModel().selectedIndexProperty().addListener(refresh);
        if (drawPanels != null) {
            drawPanels.getSelectionModel().selectedIndexProperty().addListener(refresh);
        }
        draw.drawing().blankProperty().addListener(refresh);
        draw.preprocessing().centreOfMassProperty().addListener(refresh);
        draw.preprocessing().scaleToBoxProperty().addListener(refresh);
        draw.probes().probes().addListener(refresh);
        draw.drawing().challenge().fools().addListener(refresh);
    }

    @Override
    public void preprocess(Boolean centreOfMass, Boolean scaleToBox) {
        if (centreOfMass != null) {
            draw.preprocessing().centreOfMassProperty().set(centreOfMass);
        }
        if (scaleToBox != null) {
            draw.preprocessing().scaleToBoxProperty().set(scaleToBox);
        }
    }

    @Override
    public ArchitectureSpec architecture() {
        return architecture.getSpec();
    }

    @Override
    public void setUp(ArchitectureSpec spec, Integer limit) {
        architecture.load(spec);
        training.specProperty().set(spec);
        if (limit != null) {
            training.limitProperty().set(limit);
        }
    }

    @Override
    public void show(View view) {
        sections.getSelectionModel().select(SECTION.get(view));
        Integer panel = SIDE_PANEL.get(view);
        if (panel != null && drawPanels != null) {
            drawPanels.getSelectionModel().select(panel);
        }
    }

    @Override
    public void train(ArchitectureSpec spec) {
        show(View.TRAINING);
        trainingView.train(spec);
    }

    @Override
    public List<RunSummary> finishedRuns() {
        return training.runs().stream().map(LessonHost::summary).toList();
    }

    private static RunSummary summary(RunRecord run) {
        double test = run.test() == null ? Double.NaN : run.test().accuracy();
        return new RunSummary(run.spec(), run.outcome(), new TrainingHistory(run.epochs()), run.keptEpoch(), test);
    }

    @Override
    public Map<Setting, String> settings() {
        Map<Setting, String> settings = new EnumMap<>(Setting.class);
        int section = sections.getSelectionModel().getSelectedIndex();
        View shown = SECTION.entrySet().stream().filter(e -> e.getValue() == section && SIDE_PANEL.get(e.getKey())
                == null).map(Map.Entry::getKey).findFirst().orElse(View.DRAW);
        if (shown == View.DRAW && drawPanels != null) {
            int panel = drawPanels.getSelectionModel().getSelectedIndex();
            shown = SIDE_PANEL.entrySet().stream().filter(e -> e.getValue() == panel).map(Map.Entry::getKey)
                    .findFirst().orElse(View.DRAW);
        }
        settings.put(Setting.VIEW, shown.jsonName());
        settings.put(Setting.DRAWING, String.valueOf(!draw.drawing().blankProperty().get()));
        settings.put(Setting.CENTRE_OF_MASS, String.valueOf(draw.preprocessing().centreOfMassProperty().get()));
        settings.put(Setting.SCALE_TO_BOX, String.valueOf(draw.preprocessing().scaleToBoxProperty().get()));
        settings.put(Setting.PROBES_PINNED, String.valueOf(draw.probes().probes().size()));
        settings.put(Setting.FOOLS, String.valueOf(draw.drawing().challenge().fools().size()));
        return settings;
    }
}
