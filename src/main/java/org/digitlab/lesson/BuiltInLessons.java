package org.digitlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The five lessons that come with Digit Lab, one per seed notebook, as JSON resources under
 * {@code /lessons/}: the same format a teacher's copy has, read by the same reader.
 */
public final class BuiltInLessons {

    /** The resource names, in teaching order. */
    static final List<String> FILES = List.of("000-build-lenet5.json", "001-where-is-the-digit.json",
            "002-why-wont-it-learn.json", "003-when-to-stop.json", "004-what-does-the-network-think.json");

    private static List<Lesson> all;

    private BuiltInLessons() {
    }

    /** Every built-in lesson, in order; read once. */
    public static synchronized List<Lesson> all() {
        if (all == null) {
            List<Lesson> read = new ArrayList<>();
            for (String file : FILES) {
                read.add(LessonJson.fromJson(resource(file), file));
            }
            all = List.copyOf(read);
        }
        return all;
    }

    public static Optional<Lesson> find(String id) {
        return all().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** @throws IllegalArgumentException listing the ids there are */
    public static Lesson get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no built-in lesson '" + id
                + "'; the built-in lessons are " + all().stream().map(Lesson::id).collect(Collectors.joining(", "))));
    }

    /** The file of a built-in lesson as it is shipped, for a teacher to copy and edit. */
    public static String text(String id) {
        int index = all().indexOf(get(id));
        return new String(resource(FILES.get(index)), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] resource(String file) {
        try (InputStream in = BuiltInLessons.class.getResourceAsStream("/lessons/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the built-in lesson " + file + " is missing from the build");
            }
            return in.readAllBytes(); // a resource of the build, not a user's file
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
