package org.digitlab.engine.dl4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses ND4J's fastest native build for this CPU and switches on DL4J's oneDNN helpers, before
 * ND4J loads its native code (which happens once per process and cannot be redone).
 *
 * <p>What it sets, and why (figures in the README's speed section):
 * <ul>
 *   <li>{@code org.bytedeco.javacpp.platform.extension}: the oneDNN build of libnd4j, for AVX-512,
 *       AVX2 or any x86-64 CPU, whichever this CPU runs and the class path holds; the generic build
 *       otherwise. oneDNN convolutions are 4-5 times faster than DL4J's im2col + GEMM.</li>
 *   <li>{@code org.eclipse.deeplearning4j.helpers.disable=false}: DL4J 1.0.0-M2.1 disables its
 *       helpers by default (see also {@code org.nd4j.nativeblas.Nd4jCpu}, the second half of that
 *       workaround).</li>
 *   <li>{@code OMP_WAIT_POLICY=PASSIVE} in the process environment: OpenMP threads sleep instead of
 *       spinning between the many small operations of a training step, which on 2-8 cores steals
 *       the cores the next operation needs.</li>
 *   <li>{@code OPENBLAS_CORETYPE}: {@code SkylakeX} on AVX-512 CPUs, {@code Haswell} on other
 *       AVX2+FMA CPUs. The bundled OpenBLAS 0.3.19 misreads recent AMD CPUs and falls back to SSE
 *       kernels; forcing Haswell on an AVX-512 CPU would cost its AVX-512 kernels (mlp-512-256
 *       ~43k → ~51k examples/s on an AMD EPYC with AVX-512, README).</li>
 * </ul>
 * Anything the user set already (system property or environment variable) is left alone.
 */
public final class NativeSetup {

    static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    static final String HELPERS_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";
    private static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/";
    private static final List<String> JNI_NAMES =
            List.of("libjnind4jcpu.so", "libjnind4jcpu.dylib", "jnind4jcpu.dll");

    private static Choice choice;

    /** What was chosen, for the status bar and {@code digitlab --version}. */
    public record Choice(String platform, String extension, Set<String> cpuFeatures,
            boolean helpersEnabled, String ompWaitPolicy, String openblasCoreType) {

        public String describe() {
            String build = extension.isEmpty() ? "generic build" : extension.substring(1) + " build";
            return String.format(Locale.ROOT, "ND4J %s %s, oneDNN helpers %s, OMP_WAIT_POLICY=%s",
                    platform, build, helpersEnabled ? "on" : "off", ompWaitPolicy);
        }
    }

    private NativeSetup() {
    }

    /** Applies the set-up once; later calls return the first choice. */
    public static synchronized Choice apply() {
        if (choice == null) {
            choice = choose();
        }
        return choice;
    }

    private static Choice choose() {
        String platform = platform();
        Set<String> features = CpuFeatures.detect();
        String extension = System.getProperty(EXTENSION_PROPERTY);
        if (extension == null) {
            extension = bestExtension(platform, features);
            System.setProperty(EXTENSION_PROPERTY, extension);
        }
        if (System.getProperty(HELPERS_PROPERTY) == null) {
            System.setProperty(HELPERS_PROPERTY, "false");
        }
        String wait = ProcessEnvironment.setIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
        String wanted = openblasCoreType(features);
        String coreType = wanted != null
                ? ProcessEnvironment.setIfAbsent("OPENBLAS_CORETYPE", wanted)
                : ProcessEnvironment.get("OPENBLAS_CORETYPE");
        return new Choice(platform, extension, features,
                "false".equals(System.getProperty(HELPERS_PROPERTY)), wait, coreType);
    }

    /** OpenBLAS's kernels for this CPU: its widest vectors, never the SSE fallback; null for other CPUs. */
    static String openblasCoreType(Set<String> features) {
        if (features.containsAll(AVX512)) {
            return "SkylakeX";
        }
        return features.containsAll(Set.of("avx2", "fma")) ? "Haswell" : null;
    }

    private static final Set<String> AVX512 = Set.of("avx512f", "avx512bw", "avx512vl", "avx512dq");

    /** The most specific build the CPU can run that is on the class path. */
    static String bestExtension(String platform, Set<String> features) {
        boolean avx512 = features.containsAll(AVX512);
        boolean avx2 = features.containsAll(Set.of("avx2", "fma"));
        for (String ext : List.of("-onednn-avx512", "-onednn-avx2", "-onednn", "-avx512", "-avx2")) {
            boolean runs = !ext.endsWith("avx512") && !ext.endsWith("avx2")
                    || ext.endsWith("avx512") && avx512 || ext.endsWith("avx2") && avx2;
            if (runs && onClassPath(platform + ext)) {
                return ext;
            }
        }
        return "";
    }

    static boolean onClassPath(String platformWithExtension) {
        ClassLoader loader = NativeSetup.class.getClassLoader();
        return JNI_NAMES.stream()
                .anyMatch(n -> loader.getResource(BINDINGS + platformWithExtension + "/" + n) != null);
    }

    /** JavaCPP's name of this platform, e.g. linux-x86_64, windows-x86_64, macosx-arm64. */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String osName = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macosx" : "linux";
        String archName = switch (arch) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return osName + "-" + archName;
    }

    /** Reads a small text file, or returns an empty string when it is not there. */
    static String readIfPresent(Path file) {
        try {
            return Files.isReadable(file) ? Files.readString(file, StandardCharsets.US_ASCII) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
