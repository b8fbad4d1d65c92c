package org.digitlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code digitlab presets}: the architectures of the lesson notebooks, one line each. */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "List the preset architectures with their parameter counts and notebooks.")
final class PresetsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-24s %12s  %-8s  %s%n", "id", "params", "notebook", "name");
        for (ArchitectureSpec arch : Presets.all()) {
            out.printf("%-24s %,12d  %-8s  %s%n", arch.id(), ModelSummary.of(arch).totalParams(),
                    arch.notebook(), arch.name());
        }
        out.flush();
        return 0;
    }
}
