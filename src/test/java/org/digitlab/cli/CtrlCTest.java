package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.digitlab.Slow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during {@code train}, as a real signal to a real process: the first press is answered at
 * once and the model is still saved; the second quits at once without saving. Before, the first
 * press printed nothing until the model was saved and a second was ignored.
 */
@DisabledOnOs(OS.WINDOWS) // sends SIGINT with kill(1)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Slow
class CtrlCTest {

    /** Long enough for the JVM to start and load MNIST on a busy 2-core machine. */
    private static final long EPOCH_WAIT_SECONDS = 90;
    /** "At once": a person pressing a key notices anything slower. */
    private static final long ANSWER_SECONDS = 2;

    @TempDir
    Path dir;

    /**
     * A process started with Ctrl-C ignored (a background job of a script, {@code nohup}) passes
     * that on to its children, and a JVM leaves an ignored SIGINT ignored, as Unix intends: the
     * trainer could not hear the test's Ctrl-C. Then there is nothing to test.
     */
    @BeforeEach
    void ctrlCReachesChildren() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("SigIgn:")) {
                    long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
                    assumeTrue((ignored & (1L << (2 - 1))) == 0, "SIGINT is ignored by this test run (a background job?)");
                }
            }
        }
    }

    @Test
    void firstCtrlCIsAnsweredAtOnceAndTheModelIsStillSaved() throws Exception {
        Path model = dir.resolve("model.zip");
        Trainer trainer = new Trainer(model);
        trainer.awaitLine("Epoch 1/", EPOCH_WAIT_SECONDS);

        trainer.ctrlC();

        trainer.awaitLine("Stopping after this batch", ANSWER_SECONDS);
        assertThat(trainer.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(trainer.process.exitValue()).isZero();
        assertThat(model).isRegularFile();
    }

    @Test
    void secondCtrlCQuitsAtOnceWithoutSaving() throws Exception {
        Path model = dir.resolve("model.zip");
        Trainer trainer = new Trainer(model);
        trainer.awaitLine("Epoch 1/", EPOCH_WAIT_SECONDS);
        trainer.ctrlC();
        trainer.awaitLine("Stopping after this batch", ANSWER_SECONDS);

        trainer.ctrlC();

        trainer.awaitLine("Quitting without saving", ANSWER_SECONDS);
        assertThat(trainer.process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(trainer.process.exitValue()).isEqualTo(CtrlC.QUIT_STATUS);
    }

    /** {@code digitlab train} of a small MLP for many short epochs, its output merged into one queue of lines. */
    private static final class Trainer {
        final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Trainer(Path model) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    DigitLabCli.class.getName(), "train", "--arch", "mlp-100", "--epochs", "1000",
                    "--limit", "2000", "--out", model.toString()))
                    .redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // The process is gone; the test's own waits report what is missing.
                }
            }, "ctrl-c-test-output");
            reader.setDaemon(true);
            reader.start();
        }

        void ctrlC() throws IOException, InterruptedException {
            assertThat(new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor()).isZero();
        }

        void awaitLine(String start, long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            StringBuilder seen = new StringBuilder();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                seen.append(line).append('\n');
                if (line.startsWith(start)) {
                    return;
                }
            }
            process.destroyForcibly();
            throw new AssertionError("no line starting with '" + start + "' within " + seconds + " s; saw:\n" + seen);
        }
    }
}
