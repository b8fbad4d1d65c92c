package org.digitlab.lesson;

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
 * Fuzzes the lesson reader with mutants of {@code fuzz/lesson/} (the five built-in lessons and two
 * small ones): bytes edited, and values in the JSON tree replaced by boundary values, other types,
 * nulls, or removed. Every input gives a lesson that survives writing and reading back unchanged,
 * or a {@link LessonFileException} of one line that starts with the file's name; within the bounds
 * of {@link Bounded}.
 */
@Tag("slow")
class LessonJsonFuzzTest {

    private static final List<byte[]> SEEDS = Mutations.corpus("lesson");
    private static final String FILE = "fuzzed-lesson.json";

    @Provide
    Arbitrary<byte[]> byteMutants() {
        return Mutations.of(SEEDS);
    }

    @Provide
    Arbitrary<String> treeMutants() {
        return JsonMutations.of(SEEDS);
    }

    @Property
    void editedBytesGiveALessonOrAnErrorNamingTheFile(@ForAll("byteMutants") byte[] json) throws Exception {
        holdsTheRule(json);
    }

    @Property
    void editedValuesGiveALessonOrAnErrorNamingTheFile(@ForAll("treeMutants") String json) throws Exception {
        holdsTheRule(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void holdsTheRule(byte[] json) throws Exception {
        try {
            Lesson lesson = Bounded.call(() -> LessonJson.fromJson(json, FILE));
            byte[] written = LessonJson.toJson(lesson).getBytes(StandardCharsets.UTF_8);
            assertThat(LessonJson.fromJson(written, "copy.json")).isEqualTo(lesson);
        } catch (LessonFileException e) {
            assertThat(e.getMessage()).startsWith(FILE + ": ").hasSizeGreaterThan(FILE.length() + 12)
                    .doesNotContain("\n");
        }
    }
}
