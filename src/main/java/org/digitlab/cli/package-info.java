/**
 * The headless command line, {@code bin/digitlab}: one class per sub-command, built with picocli.
 *
 * <p>This is the only package that writes to standard output. Exit codes: 0 success, 2 bad
 * arguments or bad input (a message on standard error, no stack trace unless {@code --verbose}),
 * 1 anything else.
 */
package org.digitlab.cli;
