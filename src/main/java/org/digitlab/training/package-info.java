/**
 * Training and evaluation: a {@link org.digitlab.training.Trainer} runs a spec on a dataset split
 * on a background thread and reports to plain-Java {@link org.digitlab.training.TrainingListener}s;
 * {@link org.digitlab.training.EvaluationResult} holds test figures, the confusion matrix and the
 * mistakes. The engine's adapter is in {@code training.dl4j}.
 */
package org.digitlab.training;
