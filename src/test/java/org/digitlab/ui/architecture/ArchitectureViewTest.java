package org.digitlab.ui.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.Presets;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real Architecture view, headless: presets, editing in the table, an impossible stack. */
@ExtendWith(ApplicationExtension.class)
@Slow
class ArchitectureViewTest {

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private ArchitectureView view;

    @Start
    void start(Stage stage) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<ArchitectureView> loaded = new ViewLoader(context)
                .loadWithController("architecture", "ArchitectureView");
        view = loaded.controller();
        TestContexts.show(stage, loaded.root(), 1240, 760);
    }

    @AfterEach
    void tearDown() {
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void choosingAPresetFillsTheTableAndTheSummaryWithItsTotal(FxRobot robot) {
        ListView<ArchitectureSpec> presets = robot.lookup("#presetList").queryListView();
        ArchitectureSpec cnn = Presets.get("cnn-3conv");
        robot.interact(() -> presets.getSelectionModel().select(cnn));
        robot.clickOn(robot.lookup("#presetList .list-cell").match(cell ->
                cell instanceof javafx.scene.control.ListCell<?> c && c.getItem() == cnn).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<LayerSpec> table = robot.lookup("#layerTable").queryTableView();
        assertThat(table.getItems()).containsExactlyElementsOf(cnn.layers());
        assertThat(robot.lookup("#totalParams").queryAs(Label.class).getText()).isEqualTo("Total params: 72,842");
        assertThat(robot.lookup("#summaryText").queryAs(TextArea.class).getText())
                .contains("conv2d (Conv2D)").contains("Total params: 72,842");
        assertThat(robot.lookup("#presetStory").queryAs(Label.class).getText()).isEqualTo(cnn.description());
        assertThat(robot.lookup("#trainButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void changingADenseLayersUnitsInTheTableChangesTheTotal(FxRobot robot) {
        // mlp-100: Flatten 784 → Dense 100 relu → Dense 10 softmax, 79,510 parameters.
        assertThat(robot.lookup("#totalParams").queryAs(Label.class).getText()).isEqualTo("Total params: 79,510");

        editCell(robot, 1, "sizeColumn", "200");

        // 784·200 + 200 + 200·10 + 10 = 159,010
        assertThat(view.viewModel().layers().get(1)).isEqualTo(new LayerSpec.Dense(200,
                org.digitlab.model.Activation.RELU));
        assertThat(robot.lookup("#totalParams").queryAs(Label.class).getText()).isEqualTo("Total params: 159,010");
    }

    @Test
    void anImpossibleEditDisablesTrainAndNamesTheLayer(FxRobot robot) {
        robot.interact(() -> view.viewModel().presetProperty().set(Presets.get("lenet5")));
        // LeNet-5's last convolution sees 9×9: a 10×10 kernel cannot fit.
        editCell(robot, 4, "kernelColumn", "10");

        Button train = robot.lookup("#trainButton").queryButton();
        assertThat(train.isDisabled()).isTrue();
        String problem = robot.lookup("#problemLabel").queryAs(Label.class).getText();
        assertThat(problem).startsWith("layer 4 (conv2d_2)").contains("larger than its input 9×9");
        assertThat(robot.lookup("#totalParams").queryAs(Label.class).getText()).isEmpty();
        // The offending row is marked.
        assertThat(robot.lookup("#layerTable .table-row-cell").match(row -> row.getPseudoClassStates()
                .contains(LayerTableColumns.PROBLEM)).queryAll()).hasSize(1);

        editCell(robot, 4, "kernelColumn", "5");
        assertThat(train.isDisabled()).isFalse();
        assertThat(robot.lookup("#totalParams").queryAs(Label.class).getText()).isEqualTo("Total params: 303,626");
    }

    @Test
    void resetToPresetUndoesEdits(FxRobot robot) {
        robot.interact(() -> view.viewModel().removeLayer(0));
        assertThat(robot.lookup("#trainButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#resetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewModel().layers()).containsExactlyElementsOf(Presets.get("mlp-100").layers());
        assertThat(robot.lookup("#trainButton").queryButton().isDisabled()).isFalse();
    }

    /** Double-clicks a cell of the layer table, types the value and presses Enter. */
    private static void editCell(FxRobot robot, int row, String columnId, String value) {
        TableView<LayerSpec> table = robot.lookup("#layerTable").queryTableView();
        robot.interact(() -> table.scrollToColumn(table.getColumns().stream()
                .filter(c -> columnId.equals(c.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents(); // the table lays its cells out where it scrolled
        javafx.scene.Node cell = robot.lookup("#layerTable .table-cell").match(node ->
                node instanceof javafx.scene.control.TableCell<?, ?> c && c.getIndex() == row
                        && c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.isVisible() && c.localToScene(c.getBoundsInLocal()).getMaxX() <= table.getScene().getWidth())
                .query();
        robot.doubleClickOn(cell);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(value);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
