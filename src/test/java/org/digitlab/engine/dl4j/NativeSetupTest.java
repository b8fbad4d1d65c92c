package org.digitlab.engine.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NativeSetupTest {

    @Test
    void cpuFlagsAreReadFromCpuinfoAndFromMacSysctl() {
        assertThat(CpuFeatures.parse("flags\t\t: fpu vme sse2 avx fma avx2 avx512f avx512dq avx512bw avx512vl"))
                .containsExactlyInAnyOrder("avx", "fma", "avx2", "avx512f", "avx512dq", "avx512bw", "avx512vl");
        assertThat(CpuFeatures.parse("FPU VME SSE3 AVX1.0 FMA\nSMEP AVX2 BMI2")).contains("avx", "fma", "avx2");
        assertThat(CpuFeatures.parse("")).isEmpty();
    }

    @Test
    void theMostSpecificBuildTheCpuRunsAndTheClassPathHoldsIsChosen() {
        String linux = "linux-x86_64";
        assertThat(NativeSetup.bestExtension(linux, Set.of("avx", "avx2", "fma"))).isEqualTo("-onednn-avx2");
        assertThat(NativeSetup.bestExtension(linux, Set.of())).isEqualTo("-onednn");
        assertThat(NativeSetup.bestExtension(linux,
                Set.of("avx2", "fma", "avx512f", "avx512bw", "avx512vl", "avx512dq"))).isEqualTo("-onednn-avx512");
        // An AVX-512 CPU missing one of the subsets the build needs gets the AVX2 build.
        assertThat(NativeSetup.bestExtension(linux, Set.of("avx2", "fma", "avx512f"))).isEqualTo("-onednn-avx2");
        // No oneDNN build on the class path for this platform: the plain build.
        assertThat(NativeSetup.bestExtension("macosx-arm64", Set.of())).isEmpty();
    }

    @Test
    void platformNamesFollowJavaCpp() {
        assertThat(NativeSetup.platform()).matches("(linux|macosx|windows)-(x86_64|arm64|.+)");
    }

    @Test
    void openblasGetsAvx512KernelsWhereTheCpuHasThemAndHaswellsOnOtherAvx2Cpus() {
        assertThat(NativeSetup.openblasCoreType(Set.of("avx", "avx2", "fma", "avx512f", "avx512bw", "avx512vl",
                "avx512dq"))).isEqualTo("SkylakeX");
        assertThat(NativeSetup.openblasCoreType(Set.of("avx", "avx2", "fma"))).isEqualTo("Haswell");
        assertThat(NativeSetup.openblasCoreType(Set.of("avx2", "fma", "avx512f"))).isEqualTo("Haswell");
        assertThat(NativeSetup.openblasCoreType(Set.of("avx"))).isNull();
    }
}
