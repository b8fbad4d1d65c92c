package org.digitlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.digitlab.lesson.BuiltInLessons;
import org.digitlab.lesson.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code digitlab lesson list}: the built-in lessons, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in lessons.")
final class LessonListCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-4s %-30s %5s %8s  %s%n", "id", "title", "steps", "training", "time budget");
        for (Lesson lesson : BuiltInLessons.all()) {
            out.printf("%-4s %-30s %5d %8d  %d min%n", lesson.id(), lesson.title(), lesson.steps().size(),
                    lesson.trainingSteps(), lesson.minutes());
        }
        out.flush();
        return 0;
    }
}
