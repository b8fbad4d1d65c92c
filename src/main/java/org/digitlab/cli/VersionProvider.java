package org.digitlab.cli;

import org.digitlab.engine.Engine;
import org.digitlab.model.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** The app's version and the engine's native set-up, for {@code digitlab --version}. */
final class VersionProvider implements IVersionProvider {

    private final Engine engine;

    VersionProvider(Engine engine) {
        this.engine = engine;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Digit Lab " + AppVersion.current(),
                "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")
                        + " " + System.getProperty("os.arch"),
                engine.nativeSetup()};
    }
}
