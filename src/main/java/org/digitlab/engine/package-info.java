/**
 * The one seam between the app and its deep-learning library: {@link org.digitlab.engine.Engine}
 * bundles the trainer, the evaluator, model files, predictors, inspectors and the description of
 * the native set-up. The window and the command line get an {@code Engine} once, at start-up, and
 * never build library objects themselves.
 */
package org.digitlab.engine;
