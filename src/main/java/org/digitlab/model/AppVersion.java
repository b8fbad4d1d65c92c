package org.digitlab.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Digit Lab, from the build, written into every model file. */
public final class AppVersion {

    private static final String RESOURCE = "/digitlab-version.properties";

    private AppVersion() {
    }

    public static String current() {
        Properties props = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return props.getProperty("version", "unknown");
    }
}
