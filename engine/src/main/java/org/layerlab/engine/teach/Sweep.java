package org.layerlab.engine.teach;

import org.layerlab.engine.data.DataException;
import org.layerlab.engine.export.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains a project once per value of one hyperparameter, everything else equal: same data (each
 * distinct dataset setting prepared once), same seed, so same initial weights wherever the shapes
 * do not change.
 */
public final class Sweep {

    private Sweep() {
    }

    /**
     * Trains every value of {@code spec} in order.
     *
     * @throws IllegalArgumentException when a value or the target layer makes no sense (before any training)
     * @throws DataException when the data cannot be prepared
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static SweepResult run(Project base, SweepSpec spec, RunContext context) throws DataException {
        List<Project> projects = new ArrayList<>();
        for (double value : spec.values()) {
            projects.add(spec.apply(base, value).withName(spec.label(value)));
        }
        DataCache data = new DataCache();
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            context.listener().runStarted(i, projects.size(), p.name());
            RunResult run = Trainer.runCached(p.name(), p, data.get(p.dataset()), context, i);
            context.listener().runFinished(i, run);
            points.add(new SweepPoint(spec.values().get(i), p.name(), run));
        }
        return new SweepResult(spec, points, SweepResult.lowestFinalValidationLoss(points));
    }
}
