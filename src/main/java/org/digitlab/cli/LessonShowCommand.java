package org.digitlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.digitlab.lesson.BuiltInLessons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digitlab lesson show ID}: a built-in lesson's file, for a teacher to copy and edit. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a built-in lesson's JSON file (e.g. > my-lesson.json, then edit it).")
final class LessonShowCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A built-in lesson's id (see: digitlab lesson list).")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(BuiltInLessons.text(id));
        out.flush();
        return 0;
    }
}
