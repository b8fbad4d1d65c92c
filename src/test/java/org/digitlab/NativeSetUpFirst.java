package org.digitlab;

import org.digitlab.engine.dl4j.Dl4jEngine;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the engine before the first test of the JVM, as the app and the command line do before
 * their first ND4J call: whichever test class happens to run first (a jqwik fuzz test, a test of
 * one adapter), ND4J then loads the oneDNN build with DL4J's helpers on.
 */
public final class NativeSetUpFirst implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Dl4jEngine.create();
    }
}
