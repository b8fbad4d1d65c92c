package org.digitlab.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.ImageSet;
import org.digitlab.data.Progress;
import org.digitlab.model.TrainedModel;

/**
 * Measures how a model's accuracy falls as the test digits are shifted, rotated, scaled, thickened
 * or thinned and made noisy (notebook 001's lesson: a dense network loses a digit that moves, a
 * convolutional one does not). Each distorted copy of the images is made once and shown to every
 * model through the {@link Evaluator}, so the figures are those of the Evaluation view; the
 * undistorted images are evaluated once per model and shared by every distortion's neutral point.
 * Slow: call it off the FX thread.
 */
public final class RobustnessSweep {

    /** A model and the name its curve carries. */
    public record Subject(String name, TrainedModel model) {
    }

    private RobustnessSweep() {
    }

    /** How many evaluations a sweep takes: what its progress counts to. */
    public static int evaluations(List<Distortion> distortions, int models) {
        int steps = 1;
        for (Distortion d : distortions) {
            steps += d.amounts().size() - (d.amounts().contains(d.neutral()) ? 1 : 0);
        }
        return steps * models;
    }

    /**
     * Runs the sweep.
     *
     * @param progress told after each evaluation ("rotate 15 °", done, total), on this thread
     * @param cancel checked before each evaluation
     * @return one curve per model, in the order given
     * @throws CancellationException when {@code cancel} was set
     */
    public static List<SweepCurve> run(Evaluator evaluator, List<Subject> models, ImageSet images,
            List<Distortion> distortions, Progress progress, CancellationToken cancel) {
        int total = evaluations(distortions, models.size());
        int[] done = {0};
        Map<String, List<SweepCurve.Point>> points = new LinkedHashMap<>();
        double[] plain = new double[models.size()];
        for (int m = 0; m < models.size(); m++) {
            plain[m] = accuracy(evaluator, models.get(m), images, cancel);
            progress.update("undistorted", ++done[0], total);
            points.put(key(m, models), new ArrayList<>());
        }
        for (Distortion d : distortions) {
            for (double amount : d.amounts()) {
                ImageSet distorted = amount == d.neutral() ? null : checked(cancel, () -> d.apply(images, amount));
                for (int m = 0; m < models.size(); m++) {
                    double accuracy = plain[m];
                    if (distorted != null) {
                        accuracy = accuracy(evaluator, models.get(m), distorted, cancel);
                        progress.update(d.id() + " " + d.describe(amount), ++done[0], total);
                    }
                    points.get(key(m, models)).add(new SweepCurve.Point(d, amount, accuracy));
                }
            }
        }
        List<SweepCurve> curves = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            curves.add(new SweepCurve(models.get(m).name(), images.size(), points.get(key(m, models))));
        }
        return curves;
    }

    /** Two models may share a name (the same file twice): their curves stay apart. */
    private static String key(int m, List<Subject> models) {
        return m + ":" + models.get(m).name();
    }

    private static double accuracy(Evaluator evaluator, Subject subject, ImageSet images, CancellationToken cancel) {
        return checked(cancel, () -> evaluator.evaluate(subject.model(), images).accuracy());
    }

    private static <T> T checked(CancellationToken cancel, java.util.function.Supplier<T> work) {
        if (cancel.isCancelled()) {
            throw new CancellationException("the robustness sweep was cancelled");
        }
        return work.get();
    }
}
