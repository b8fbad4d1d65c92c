package org.digitlab.ui.measure;

import java.lang.management.ManagementFactory;

/**
 * Logs how long after the JVM started the window appeared and the first model was ready to
 * predict (the README quotes both). Logged once each, at INFO, through the platform logger.
 */
final class StartupClock {

    private static final System.Logger LOG = System.getLogger(StartupClock.class.getName());
    private static boolean modelLogged;

    private StartupClock() {
    }

    static void windowShown() {
        LOG.log(System.Logger.Level.INFO, "window visible {0} ms after JVM start", uptime());
    }

    static synchronized void modelReady(String id) {
        if (!modelLogged) {
            modelLogged = true;
            LOG.log(System.Logger.Level.INFO, "model {0} ready to predict {1} ms after JVM start", id, uptime());
        }
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
