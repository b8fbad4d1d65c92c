package org.digitlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whatever test class runs first, the engine's native set-up came before it: this test touches
 * no engine itself, yet finds DL4J's helpers switched on (run alone, it shows the listener works).
 */
class NativeSetUpFirstTest {

    @Test
    void theHelpersSwitchIsSetBeforeAnyTest() {
        assertThat(System.getProperty("org.eclipse.deeplearning4j.helpers.disable")).isEqualTo("false");
    }
}
