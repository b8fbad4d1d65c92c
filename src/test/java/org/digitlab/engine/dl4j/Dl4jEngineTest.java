package org.digitlab.engine.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's factory applies the native set-up that makes DL4J fast on this machine. */
class Dl4jEngineTest {

    @Test
    void aOneDnnBuildIsChosenOnX86() {
        NativeSetup.Choice choice = Dl4jEngine.create().choice();
        if (choice.platform().endsWith("x86_64")) {
            assertThat(choice.extension()).startsWith("-onednn");
        }
        assertThat(choice.helpersEnabled()).isTrue();
    }

    @Test
    void theDescriptionNamesTheBuildAndTheHelpers() {
        assertThat(Dl4jEngine.create().nativeSetup()).startsWith("ND4J ").contains("oneDNN helpers on");
    }
}
