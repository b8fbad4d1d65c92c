/**
 * Training and evaluation: a {@link org.digitlab.training.Trainer} runs a spec on a dataset split
 * on a background thread and reports to plain-Java {@link org.digitlab.training.TrainingListener}s;
 * what may end a run early is a {@link org.digitlab.training.RunRule} (divergence, early stopping;
 * the engine adds checkpoints), composed. A {@link org.digitlab.training.TrainingSession} is one run
 * as the window makes it: load (through {@link org.digitlab.training.CachedSplits}), train, test.
 * {@link org.digitlab.training.EvaluationResult} holds test figures, the confusion matrix and the
 * mistakes; {@link org.digitlab.training.Calibration} its reliability diagram; a
 * {@link org.digitlab.training.RobustnessSweep} measures accuracy on distorted test digits. The
 * engine's adapter is in {@code training.dl4j}.
 */
package org.digitlab.training;
