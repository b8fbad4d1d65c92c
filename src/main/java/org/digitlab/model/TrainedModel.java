package org.digitlab.model;

/**
 * A network with its spec, metadata and history, as trained or loaded from a model file. The
 * network itself lives in the engine's adapter ({@code model.dl4j}); the rest of the app only
 * sees this interface.
 */
public interface TrainedModel {

    ArchitectureSpec spec();

    ModelMetadata metadata();

    TrainingHistory history();

    /** The same network with new metadata, e.g. after a test evaluation. */
    TrainedModel withMetadata(ModelMetadata newMetadata);

    /** A short name for lists and the status bar, e.g. "cnn-3conv · 99.1%". */
    default String displayName() {
        TestFigures test = metadata().test();
        return test == null ? spec().id()
                : String.format(java.util.Locale.ROOT, "%s · %.2f%%", spec().id(), 100 * test.accuracy());
    }
}
