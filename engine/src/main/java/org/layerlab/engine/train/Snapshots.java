package org.layerlab.engine.train;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * Copies what the views draw out of the model into the mailbox, at most about 30 times a second
 * and at most {@link #TIME_SHARE} of the worker's time unless forced (a pause, a step, the end of
 * the run), and never twice for the same point of training. Used by the worker thread only;
 * {@link #setEnabled} may be called from any thread.
 */
final class Snapshots {

    static final long MIN_INTERVAL_NANOS = 33_000_000L;
    /**
     * Share of the worker's time the views may take: one publish of the moons views (a 100x100 grid,
     * histograms, gradients) costs about as much as three minibatches, so publishing every epoch
     * or 30 times a second slowed moons training by a third to a half.
     */
    static final double TIME_SHARE = 0.05;

    private final TrainableModel model;
    private final Mailbox mailbox;
    private final LongSupplier clock;
    private volatile boolean enabled = true;
    private List<String> effectIds;
    private long lastNanos;
    private long lastCostNanos;
    private int lastEpoch = -1;
    private long lastIteration = -1;

    Snapshots(TrainableModel model, Mailbox mailbox) {
        this(model, mailbox, System::nanoTime);
    }

    /** With the clock that times the publishes (tests pass a fake one). */
    Snapshots(TrainableModel model, Mailbox mailbox, LongSupplier clock) {
        this.model = model;
        this.mailbox = mailbox;
        this.clock = clock;
    }

    void setEnabled(boolean on) {
        enabled = on;
    }

    /** Publishes unless disabled, already published for this point, or (unless forced) published too recently. */
    void publish(int epoch, long iteration, boolean force) {
        if (!enabled || (epoch == lastEpoch && iteration == lastIteration)) {
            return;
        }
        if (!force && lastIteration >= 0 && clock.getAsLong() - lastNanos < interval()) {
            return;
        }
        publishNow(epoch, iteration, true);
    }

    /**
     * The least time between two publishes that are not forced: 33 ms, or longer when a publish is
     * so slow that views would take more than {@link #TIME_SHARE} of the time.
     */
    long interval() {
        return Math.max(MIN_INTERVAL_NANOS, (long) (lastCostNanos * (1 - TIME_SHARE) / TIME_SHARE));
    }

    /**
     * Publishes whatever the model offers now, regardless of timing; the layer effects in training
     * mode (dropout and noise active) or in inference mode (as a trained model predicts).
     */
    void publishNow(int epoch, long iteration, boolean effectsInTraining) {
        long start = clock.getAsLong();
        ActivationsSnapshot activations = model.activations(epoch, iteration);
        if (activations != null) {
            mailbox.activations().publish(activations);
        }
        GradientsSnapshot gradients = model.lastGradients(epoch, iteration);
        if (gradients != null) {
            mailbox.gradients().publish(gradients);
        }
        DecisionSurface surface = model.decisionSurface(epoch, TrainingRun.SURFACE_SIZE, TrainingRun.SURFACE_SIZE);
        if (surface != null) {
            mailbox.surface().publish(surface);
        }
        FittedCurve curve = model.fittedCurve(epoch, TrainingRun.CURVE_POINTS);
        if (curve != null) {
            mailbox.curve().publish(curve);
        }
        if (effectIds == null) {
            effectIds = List.copyOf(model.effectNodeIds());
        }
        for (String id : effectIds) {
            LayerEffect effect = model.layerEffect(id, effectsInTraining);
            if (effect != null) {
                mailbox.effect(id).publish(effect);
            }
        }
        // Counted from the end, so the interval is time the worker had for training.
        lastNanos = clock.getAsLong();
        lastCostNanos = lastNanos - start;
        lastEpoch = epoch;
        lastIteration = iteration;
    }
}
