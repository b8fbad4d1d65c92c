package org.digitlab.engine.dl4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The instruction-set extensions of this CPU that matter for choosing a native build (avx2, fma,
 * avx512f, ...), lower case. Linux reads {@code /proc/cpuinfo}, macOS asks {@code sysctl}; where
 * neither works the set is empty and the generic build is used, which runs everywhere.
 */
final class CpuFeatures {

    private static final Set<String> RELEVANT =
            Set.of("avx", "avx2", "fma", "avx512f", "avx512bw", "avx512vl", "avx512dq");

    private CpuFeatures() {
    }

    static Set<String> detect() {
        String text = NativeSetup.readIfPresent(Path.of("/proc/cpuinfo"));
        if (text.isEmpty() && System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac")) {
            text = sysctl();
        }
        return parse(text);
    }

    /** Every relevant flag named anywhere in the text (cpuinfo's "flags" or sysctl's list). */
    static Set<String> parse(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s,]+"))
                .map(flag -> flag.replace("avx512_", "avx512").replace("avx2.0", "avx2")
                        .replace("avx1.0", "avx"))
                .filter(RELEVANT::contains)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String sysctl() {
        try {
            Process p = new ProcessBuilder("sysctl", "-n", "machdep.cpu.features",
                    "machdep.cpu.leaf7_features").redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                p.waitFor(2, TimeUnit.SECONDS);
                return out;
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
