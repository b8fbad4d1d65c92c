package org.digitlab.training;

import org.digitlab.data.ImageSet;
import org.digitlab.model.TrainedModel;

/**
 * Evaluates a model on a set of images: what the Evaluation view calls, so that the UI reaches
 * the engine through an interface ({@code training.dl4j.Dl4jEvaluator::evaluate} implements it).
 * Slow (a pass over the whole set): call it off the FX thread.
 */
@FunctionalInterface
public interface Evaluator {

    EvaluationResult evaluate(TrainedModel model, ImageSet set);
}
