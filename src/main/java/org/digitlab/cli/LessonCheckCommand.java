package org.digitlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.digitlab.data.DatasetStore;
import org.digitlab.engine.Engine;
import org.digitlab.lesson.BuiltInLessons;
import org.digitlab.lesson.CheckResult;
import org.digitlab.lesson.Lesson;
import org.digitlab.lesson.LessonJson;
import org.digitlab.lesson.LessonRehearsal;
import org.digitlab.lesson.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digitlab lesson check FILE|ID... | --all}: rehearses lessons without a window, so a teacher
 * can try one on their laptop before class: every training step's run, its time and whether its
 * check passed, and each lesson's total against its time budget. Every lesson is read and checked
 * before the first run starts. Exit 0 when no check failed, 1 when one did, 2 for a bad lesson file.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run lessons' training steps without a window: each step's time and check, each lesson's total.")
final class LessonCheckCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    private final Engine engine;

    LessonCheckCommand(Engine engine) {
        this.engine = engine;
    }

    @Parameters(paramLabel = "FILE|ID", arity = "0..*",
            description = "Lesson files, or built-in lesson ids such as 002.")
    List<String> lessons = new ArrayList<>();

    @Option(names = "--all", description = "Check every built-in lesson.")
    boolean all;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Train each run on at most N images (default 0: the lesson's own), for a quick try.")
    int limit;

    @Option(names = "--max-epochs", paramLabel = "N", defaultValue = "0",
            description = "Train each run for at most N epochs (default 0: the lesson's own).")
    int maxEpochs;

    @Override
    public Integer call() throws IOException {
        if (all == !lessons.isEmpty()) {
            throw new BadInputException("lesson check: give lesson files or ids, or --all (see: digitlab lesson list)");
        }
        if (limit < 0 || maxEpochs < 0) {
            throw new BadInputException("--limit and --max-epochs: give 0 (the lesson's own) or a positive number");
        }
        List<Lesson> toCheck = all ? BuiltInLessons.all() : lessons.stream().map(LessonCheckCommand::resolve).toList();
        PrintWriter out = spec.commandLine().getOut();
        LessonRehearsal rehearsal = new LessonRehearsal(engine, DatasetStore.defaultStore(),
                new LessonRehearsal.Caps(limit, maxEpochs));
        List<LessonRehearsal.Report> reports = new ArrayList<>();
        for (Lesson lesson : toCheck) {
            out.printf("Lesson %s: %s (%d steps, %d min)%n", lesson.id(), lesson.title(), lesson.steps().size(),
                    lesson.minutes());
            out.flush();
            LessonRehearsal.Report report = rehearsal.rehearse(lesson, step -> printStep(out, step));
            out.println("  " + total(report));
            out.flush();
            reports.add(report);
        }
        if (reports.size() > 1) {
            out.println("Totals:");
            reports.forEach(r -> out.printf("  %s %s: %s%n", r.lesson().id(), r.lesson().title(), total(r)));
        }
        out.flush();
        return reports.stream().allMatch(LessonRehearsal.Report::passed) ? 0 : DigitLabCli.EXIT_FAILURE;
    }

    /** A file when there is one, else a built-in lesson's id. */
    static Lesson resolve(String given) {
        Path file = Path.of(given);
        if (!Files.exists(file) && BuiltInLessons.find(given).isPresent()) {
            return BuiltInLessons.get(given);
        }
        if (!Files.exists(file) && !given.contains(".") && !given.contains(file.getFileSystem().getSeparator())) {
            throw new BadInputException("no lesson file or built-in lesson '" + given + "'; the built-in lessons are "
                    + BuiltInLessons.all().stream().map(Lesson::id).collect(Collectors.joining(", ")));
        }
        return LessonJson.read(file);
    }

    private static void printStep(PrintWriter out, LessonRehearsal.StepReport step) {
        RunSummary run = step.run();
        String training = run == null ? "no training"
                : String.format(Locale.ROOT, "%s, %d epoch%s on %,d images, %s%s", run.spec().id(),
                        run.history().size(), run.history().size() == 1 ? "" : "s", step.images(),
                        duration(step.seconds()), Double.isNaN(run.testAccuracy()) ? ""
                                : String.format(Locale.ROOT, ", test %.1f%%", 100 * run.testAccuracy()));
        CheckResult result = step.result();
        String status = switch (result.status()) {
            case PASSED -> "passed";
            case FAILED -> "FAILED";
            case UNOBSERVED -> "in the window";
        };
        out.printf("  %d. %s: %s: %s (%s)%n", step.number(), step.step().id(), training, status, result.reason());
        out.flush();
    }

    private static String total(LessonRehearsal.Report report) {
        double seconds = report.trainingSeconds();
        double budget = report.lesson().minutes() * 60.0;
        String verdict = report.passed() ? "every check passed" : "a check FAILED";
        return String.format(Locale.ROOT, "total training %s of %d min (%.0f%%), %s left for teaching; %s%s",
                duration(seconds), report.lesson().minutes(), 100 * seconds / budget,
                duration(Math.max(0, budget - seconds)), verdict,
                seconds > budget / 2 ? "; more than half the lesson trains: shorten epochs or image limits" : "");
    }

    /** "48.2 s", "7 min 05 s". */
    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
}
