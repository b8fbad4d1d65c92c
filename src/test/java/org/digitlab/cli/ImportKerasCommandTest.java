package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitlab.model.dl4j.KerasFiles.layer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.digitlab.model.dl4j.Dl4jModelFiles;
import org.digitlab.model.dl4j.KerasFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-keras}: a Keras file in, a Digit Lab model file out; bad input in one line, exit 2. */
class ImportKerasCommandTest {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DigitLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void kerasFileBecomesAModelFileThatLoads() throws Exception {
        ObjectNode spec = KerasFiles.spec(28, 28, 1);
        layer(spec, "Conv2D", "filters", 4, "kernel_size", 3, "activation", "relu");
        layer(spec, "MaxPooling2D", "pool_size", 2);
        layer(spec, "Flatten");
        layer(spec, "Dense", "units", 10, "activation", "softmax");
        KerasFiles.write(dir, spec);
        Path model = dir.resolve("m.zip");

        assertThat(run("import-keras", dir.resolve("model.keras").toString(), "--out", model.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("conv2d (Conv2D)").contains("Total params: 6,810")
                .contains("divided by 255").contains("Wrote " + model);
        assertThat(new Dl4jModelFiles().load(model).spec().layers()).hasSize(4);
    }

    @Test
    void corruptOrForeignFileIsOneLineAndExit2() throws Exception {
        Path corrupt = dir.resolve("broken.h5");
        Files.write(corrupt, new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n', 1, 2, 3});
        assertThat(run("import-keras", corrupt.toString(), "--out", dir.resolve("m.zip").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("digitlab: broken.h5: ").doesNotContain("Exception").hasLineCount(1);
        assertThat(dir.resolve("m.zip")).doesNotExist();

        err.getBuffer().setLength(0);
        Path lesson = dir.resolve("lesson.json");
        Files.writeString(lesson, "{}");
        assertThat(run("import-keras", lesson.toString(), "--out", dir.resolve("m.zip").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("digitlab: lesson.json: not a Keras file name").hasLineCount(1);
    }
}
