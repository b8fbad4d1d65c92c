package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code digitlab datasets download ID}, the command that the "missing" and "damaged" messages name. */
class DatasetsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DigitLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void downloadOfADatasetAlreadyInTheCacheVerifiesItAndFetchesNothing() {
        // The test machine's cache holds MNIST (scripts/fetch-datasets.sh); nothing goes on the network.
        assertThat(run("datasets", "download", "mnist")).isZero();

        assertThat(err.toString()).contains("Already present: train-images-idx3-ubyte")
                .contains("Already present: t10k-labels-idx1-ubyte").doesNotContain("Downloading");
        assertThat(out.toString()).contains("mnist is in ");
    }

    @Test
    void downloadOfAnUnknownDatasetIsBadInputListingTheKnownOnes() {
        assertThat(run("datasets", "download", "emnist")).isEqualTo(DigitLabCli.EXIT_BAD_INPUT);

        assertThat(err.toString()).contains("unknown dataset 'emnist'").contains("fashion-mnist")
                .doesNotContain("\tat ");
    }
}
