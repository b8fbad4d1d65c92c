/**
 * The Evaluation view: a model's loss, accuracy, per-class precision and recall and confusion
 * matrix on a dataset split; galleries of one cell's images and of the mistakes; exports of the
 * predictions, the charts and a whole run report.
 */
package org.digitlab.ui.evaluation;
