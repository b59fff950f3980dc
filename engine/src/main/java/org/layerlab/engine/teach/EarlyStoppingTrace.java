package org.layerlab.engine.teach;

import org.layerlab.engine.train.EarlyStopping;
import org.layerlab.engine.train.EpochMetrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Early stopping made visible: for each epoch of a metrics series, the best epoch so far and the
 * patience counter, computed with the rule the training loop applies (validation loss when the
 * series has one, training loss otherwise), and where the run stops.
 *
 * @param patience  epochs without improvement that end the run
 * @param points    one per epoch of the series
 * @param bestEpoch the epoch of the lowest monitored loss (0 for an empty series)
 * @param stopEpoch the epoch after which the rule ends the run, or 0 when it never does within the series
 */
public record EarlyStoppingTrace(int patience, List<Point> points, int bestEpoch, int stopEpoch) {

    /**
     * One epoch.
     *
     * @param epoch                    1-based
     * @param monitoredLoss            the loss watched this epoch
     * @param improved                 true when it is the best so far
     * @param bestEpoch                best epoch up to this one
     * @param bestLoss                 its loss
     * @param epochsWithoutImprovement the patience counter: epochs since the best one
     */
    public record Point(int epoch, double monitoredLoss, boolean improved, int bestEpoch, double bestLoss,
                        int epochsWithoutImprovement) {
    }

    public EarlyStoppingTrace {
        points = List.copyOf(points);
    }

    /** The trace of {@code series} under {@code patience}, whether or not the run had early stopping on. */
    public static EarlyStoppingTrace of(List<EpochMetrics> series, int patience) {
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1 epoch, found " + patience);
        }
        boolean hasValidation = series.stream().anyMatch(m -> !Double.isNaN(m.validationLoss()));
        PatienceCounter counter = new PatienceCounter(patience);
        List<Point> points = new ArrayList<>(series.size());
        int stop = 0;
        for (EpochMetrics m : series) {
            double loss = PatienceCounter.monitored(m.trainLoss(), m.validationLoss(), hasValidation);
            boolean improved = counter.observe(m.epoch(), loss);
            points.add(new Point(m.epoch(), loss, improved, counter.bestEpoch(), counter.bestLoss(),
                    counter.epochsWithoutImprovement()));
            if (stop == 0 && counter.shouldStop()) {
                stop = m.epoch();
            }
        }
        return new EarlyStoppingTrace(patience, points, counter.bestEpoch(), stop);
    }

    /** The trace under a project's early-stopping rule (its patience, whether or not it is enabled). */
    public static EarlyStoppingTrace of(List<EpochMetrics> series, EarlyStopping rule) {
        return of(series, rule.patience());
    }
}
