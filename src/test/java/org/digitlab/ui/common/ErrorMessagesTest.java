package org.digitlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    @Test
    void wrappersOfFuturesAndLambdasAreTakenOff() {
        Throwable wrapped = new CompletionException(new ExecutionException(
                new UncheckedIOException(new NoSuchFileException("model.zip"))));

        assertThat(ErrorMessages.rootCause(wrapped)).isInstanceOf(NoSuchFileException.class);
        assertThat(ErrorMessages.of(wrapped)).isEqualTo("model.zip");
    }

    @Test
    void aCauseOfAnotherKindIsKeptAsItsOwnMessage() {
        IOException io = new IOException("unreadable", new IllegalStateException("inner"));

        assertThat(ErrorMessages.of(new CompletionException(io))).isEqualTo("unreadable");
    }

    @Test
    void anExceptionWithoutMessageIsNamedByItsClass() {
        assertThat(ErrorMessages.of(new CompletionException(new NullPointerException()))).isEqualTo(
                "NullPointerException");
    }
}
