package org.layerlab.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands a run's snapshots to any thread: latest-value slots for the views, and the append-only
 * series of epoch metrics. Everything in it is immutable or a private copy; nothing is a live array.
 */
public final class Mailbox {

    private final LatestValue<RunStatus> status = new LatestValue<>();
    private final LatestValue<ActivationsSnapshot> activations = new LatestValue<>();
    private final LatestValue<GradientsSnapshot> gradients = new LatestValue<>();
    private final LatestValue<DecisionSurface> surface = new LatestValue<>();
    private final LatestValue<FittedCurve> curve = new LatestValue<>();
    private final Map<String, LatestValue<LayerEffect>> effects = new ConcurrentHashMap<>();
    private final List<EpochMetrics> metrics = new ArrayList<>();

    public LatestValue<RunStatus> status() {
        return status;
    }

    public LatestValue<ActivationsSnapshot> activations() {
        return activations;
    }

    public LatestValue<GradientsSnapshot> gradients() {
        return gradients;
    }

    public LatestValue<DecisionSurface> surface() {
        return surface;
    }

    public LatestValue<FittedCurve> curve() {
        return curve;
    }

    /** The slot of one Dropout / noise / normalization node's before-after matrices. */
    public LatestValue<LayerEffect> effect(String nodeId) {
        return effects.computeIfAbsent(nodeId, id -> new LatestValue<>());
    }

    public void appendMetrics(EpochMetrics m) {
        synchronized (metrics) {
            metrics.add(m);
        }
    }

    /** Metrics of the epochs from index {@code from} (0-based) on: a consumer passes how many it has. */
    public List<EpochMetrics> metricsSince(int from) {
        synchronized (metrics) {
            return from >= metrics.size() ? List.of() : List.copyOf(metrics.subList(from, metrics.size()));
        }
    }

    public int metricsCount() {
        synchronized (metrics) {
            return metrics.size();
        }
    }
}
