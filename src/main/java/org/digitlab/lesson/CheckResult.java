package org.digitlab.lesson;

import java.util.Objects;

/**
 * Whether a step's check passed, with one line saying why ("test accuracy 97.3% is at least 95%").
 *
 * @param status passed, not yet, or not observable where it was asked (a window setting on the
 *               command line)
 * @param reason one line for students and teachers
 */
public record CheckResult(Status status, String reason) {

    public enum Status { PASSED, FAILED, UNOBSERVED }

    public CheckResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    public static CheckResult passed(String reason) {
        return new CheckResult(Status.PASSED, reason);
    }

    public static CheckResult failed(String reason) {
        return new CheckResult(Status.FAILED, reason);
    }

    public static CheckResult unobserved(String reason) {
        return new CheckResult(Status.UNOBSERVED, reason);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
