package org.digitlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.ModelSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code digitlab summary}: a Keras-style summary of a preset or a spec file. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Print a Keras-style summary (layer, output shape, params) of an architecture.")
final class SummaryCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ArchitectureOptions architecture;

    @Override
    public Integer call() throws IOException {
        ArchitectureSpec arch = architecture.resolve();
        ModelSummary summary = ModelSummary.of(arch); // refuses before printing anything
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Model: \"%s\" (%s)%n", arch.id(), arch.name());
        out.print(summary.format());
        out.flush();
        return 0;
    }
}
