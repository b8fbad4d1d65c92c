package org.digitlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a double-click in the file manager hands the installed app, turned into the window's arguments. */
class DesktopMainTest {

    @Test
    void theDesktopIconOpensThePlainWindow() {
        assertThat(DesktopMain.windowArguments()).isEmpty();
    }

    @Test
    void aDoubleClickedLessonOpensInTheLessonsPanelByItsAbsolutePath() {
        assertThat(DesktopMain.windowArguments("lessons/mine.dlesson"))
                .containsExactly("--lesson=" + Path.of("lessons/mine.dlesson").toAbsolutePath());
    }

    @Test
    void aModelFileBecomesTheCurrentModelUnderEitherExtension() {
        Path model = Path.of("/home/teacher/cnn.DLMODEL");
        assertThat(DesktopMain.windowArguments(model.toString())).containsExactly("--model=" + model);
        assertThat(DesktopMain.windowArguments("/tmp/run/model.zip")).containsExactly("--model=/tmp/run/model.zip");
    }

    @Test
    void aLessonAndAModelTogetherOpenBothAndOnlyTheFirstOfEachKindCounts() {
        assertThat(DesktopMain.windowArguments("/a/one.dlesson", "/a/m.dlmodel", "/a/two.json", "/a/n.zip"))
                .containsExactly("--lesson=/a/one.dlesson", "--model=/a/m.dlmodel");
    }

    @Test
    void anythingElseGoesToTheLessonsPanelWhichNamesWhatIsWrongAndOptionsPassUnchanged() {
        assertThat(DesktopMain.windowArguments("/a/picture.png")).containsExactly("--lesson=/a/picture.png");
        assertThat(DesktopMain.windowArguments("--lesson=/a/l.json")).containsExactly("--lesson=/a/l.json");
    }
}
