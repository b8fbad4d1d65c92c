package org.digitlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.digitlab.fuzz.Bounded;
import org.digitlab.fuzz.JsonMutations;
import org.digitlab.fuzz.Mutations;

/**
 * Fuzzes the spec JSON reader with mutants of {@code fuzz/spec/}: bytes edited, and values in the
 * JSON tree replaced by boundary values, other types, nulls, or removed. Every input gives a spec
 * that survives writing and reading back unchanged, or a {@link SpecJsonException} that says where
 * and what; within the bounds of {@link Bounded}.
 */
@Tag("slow")
class SpecJsonFuzzTest {

    private static final List<byte[]> SEEDS = Mutations.corpus("spec");

    @Provide
    Arbitrary<String> byteMutants() {
        return Mutations.of(SEEDS).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> treeMutants() {
        return JsonMutations.of(SEEDS);
    }

    @Property
    void editedBytesGiveASpecOrAJsonErrorSayingWhere(@ForAll("byteMutants") String json) throws Exception {
        holdsTheRule(json);
    }

    @Property
    void editedValuesGiveASpecOrAJsonErrorSayingWhere(@ForAll("treeMutants") String json) throws Exception {
        holdsTheRule(json);
    }

    private static void holdsTheRule(String json) throws Exception {
        try {
            ArchitectureSpec spec = Bounded.call(() -> SpecJson.fromJson(json));
            assertThat(SpecJson.fromJson(SpecJson.toJson(spec))).isEqualTo(spec);
        } catch (SpecJsonException e) {
            assertThat(e.getMessage()).startsWith("Invalid architecture JSON").hasSizeGreaterThan(40);
        }
    }
}
