package org.digitlab.ui.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TabPane;
import org.digitlab.lesson.RunSummary;
import org.digitlab.lesson.Setting;
import org.digitlab.lesson.View;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.TrainingHistory;
import org.digitlab.ui.architecture.ArchitectureViewModel;
import org.digitlab.ui.lessons.LessonWindow;
import org.digitlab.ui.lessons.LessonsViewModel;
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

    LessonHost(ArchitectureViewModel architecture, TrainingView trainingView, TabPane sections, TabPane drawPanels) {
        this.architecture = architecture;
        this.trainingView = trainingView;
        this.training = trainingView.viewModel();
        this.sections = sections;
        this.drawPanels = drawPanels;
    }

    /** Decides the panel's check again whenever the architecture, the runs or the view change. */
    void watch(LessonsViewModel lessons) {
        architecture.specProperty().addListener((obs, old, spec) -> lessons.refresh());
        training.runs().addListener((javafx.collections.ListChangeListener<RunRecord>) change -> lessons.refresh());
        sections.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> lessons.refresh());
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

    /** The kept weights are the last epoch's: the window's runs keep no checkpoint's epoch number. */
    private static RunSummary summary(RunRecord run) {
        double test = run.test() == null ? Double.NaN : run.test().accuracy();
        return new RunSummary(run.spec(), run.outcome(), new TrainingHistory(run.epochs()), 0, test);
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
        return settings;
    }
}
