package org.digitlab.model;

/** A spec file that is not valid JSON or does not describe an architecture; says where and why. */
public class SpecJsonException extends IllegalArgumentException {

    public SpecJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
