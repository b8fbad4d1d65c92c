/**
 * Measurement code that ships with the app but is off unless asked for by a system property:
 * the start-up clock, a training run at launch with the FX pulse gaps it causes
 * ({@code scripts/measure-fx-pulses.sh}, screenshots), and a lesson driven through the window for
 * the memory figures ({@code scripts/measure-memory.sh}). {@code DigitLabApp} alone wires it.
 */
package org.digitlab.ui.measure;
