package org.digitlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code digitlab lesson}: the lessons without a window (list, show, check). */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "The lessons: list the built-in ones, print one to copy, rehearse a lesson's training.",
        subcommands = {LessonListCommand.class, LessonShowCommand.class, LessonCheckCommand.class})
final class LessonCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing sub-command: list, show or check");
    }
}
