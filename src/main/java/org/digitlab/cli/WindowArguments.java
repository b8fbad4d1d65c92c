package org.digitlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.digitlab.lesson.LessonFileException;
import org.digitlab.lesson.LessonJson;

/**
 * {@code digitlab --lesson FILE}: the arguments that open the window rather than run a command.
 * The lesson file is read and checked here, before any window opens, so a bad one ends as the
 * one line {@code lesson check} prints (file, step, field) and exit status 2, in the terminal the
 * teacher typed it in.
 */
public final class WindowArguments {

    static final String LESSON = "--lesson";
    private static final String VERBOSE = "--verbose";

    private WindowArguments() {
    }

    /** Whether the arguments ask for the window: {@code --lesson FILE} or {@code --lesson=FILE}. */
    public static boolean opensWindow(String... args) {
        return args.length > 0 && (args[0].equals(LESSON) || args[0].startsWith(LESSON + "="));
    }

    /**
     * Checks the lesson file the arguments name.
     *
     * @return the arguments for the window ({@code --lesson=FILE}), or null after printing one line to {@code err}
     */
    public static String[] check(PrintWriter err, String... args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean verbose = rest.remove(VERBOSE);
        String file = rest.get(0).startsWith(LESSON + "=") ? rest.remove(0).substring(LESSON.length() + 1) : null;
        if (file == null) {
            rest.remove(0);
            file = rest.isEmpty() ? null : rest.remove(0);
        }
        String problem = file == null || file.isBlank() ? "--lesson needs a lesson file, e.g. --lesson my-lesson.json"
                : !rest.isEmpty() ? "--lesson takes one lesson file; remove " + String.join(" ", rest)
                : null;
        if (problem == null) {
            try {
                LessonJson.read(Path.of(file));
                return new String[] {LESSON + "=" + Path.of(file).toAbsolutePath()};
            } catch (LessonFileException | java.nio.file.InvalidPathException e) {
                if (verbose) {
                    e.printStackTrace(err);
                }
                problem = e.getMessage();
            }
        }
        err.println("digitlab: " + problem);
        err.flush();
        return null;
    }

    /** Checks the arguments on the standard error stream; see {@link #check(PrintWriter, String...)}. */
    public static String[] checkOnStandardError(String... args) {
        return check(new PrintWriter(System.err, true), args);
    }
}
