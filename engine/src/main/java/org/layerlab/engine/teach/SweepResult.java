package org.layerlab.engine.teach;

import java.util.List;

/**
 * A finished sweep: one point per value, and the best value by the lowest final validation loss (the
 * notes' recipe: "compute the cost on the validation set for each lambda and choose the best").
 *
 * @param spec      what was swept
 * @param points    one per value, in the spec's order
 * @param bestIndex index of the point with the lowest final validation loss (-1 when none has one)
 */
public record SweepResult(SweepSpec spec, List<SweepPoint> points, int bestIndex) {

    public SweepResult {
        points = List.copyOf(points);
    }

    /** The best point (lowest final validation loss). */
    public SweepPoint best() {
        if (bestIndex < 0) {
            throw new IllegalStateException("no value of the sweep has a finite validation loss");
        }
        return points.get(bestIndex);
    }

    /** The index of the lowest finite final validation loss, first one on ties; -1 when there is none. */
    static int lowestFinalValidationLoss(List<SweepPoint> points) {
        int best = -1;
        for (int i = 0; i < points.size(); i++) {
            double loss = points.get(i).finalValidationLoss();
            if (Double.isFinite(loss) && (best < 0 || loss < points.get(best).finalValidationLoss())) {
                best = i;
            }
        }
        return best;
    }
}
