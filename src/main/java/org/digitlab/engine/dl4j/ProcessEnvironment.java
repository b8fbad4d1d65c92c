package org.digitlab.engine.dl4j;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.HashMap;
import java.util.Map;

/**
 * Sets environment variables of the running process through the C library, so that native code
 * loaded afterwards (OpenMP, OpenBLAS) reads them. {@link System#getenv} keeps the values the
 * JVM started with, so this class remembers what it set.
 */
final class ProcessEnvironment {

    private static final Map<String, String> SET_HERE = new HashMap<>();

    /** POSIX {@code setenv}. */
    private interface Posix extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** The Windows C runtime's {@code _putenv_s}. */
    private interface WindowsCrt extends Library {
        int _putenv_s(String name, String value);
    }

    private ProcessEnvironment() {
    }

    static synchronized String get(String name) {
        return SET_HERE.getOrDefault(name, System.getenv(name));
    }

    /**
     * Sets {@code name} unless the user already has; returns the value in force (null when the
     * C library could not be reached, e.g. on an unusual platform: the defaults apply then).
     */
    static synchronized String setIfAbsent(String name, String value) {
        String current = get(name);
        if (current != null) {
            return current;
        }
        try {
            if (Platform.isWindows()) {
                ((WindowsCrt) Native.loadLibrary("msvcrt", WindowsCrt.class))._putenv_s(name, value);
            } else {
                ((Posix) Native.loadLibrary("c", Posix.class)).setenv(name, value, 0);
            }
            SET_HERE.put(name, value);
            return value;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return null;
        }
    }
}
