package org.digitlab.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions of Digit Lab and of Deeplearning4j, from the build, written into every model file. */
public final class AppVersion {

    private static final String RESOURCE = "/digitlab-version.properties";

    private AppVersion() {
    }

    public static String current() {
        return properties().getProperty("version", "unknown");
    }

    /** The Deeplearning4j version Digit Lab is built with ("1.0.0-M2.1"), written into model files. */
    public static String dl4j() {
        return properties().getProperty("dl4jVersion", "unknown");
    }

    private static Properties properties() {
        Properties props = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return props;
    }
}
