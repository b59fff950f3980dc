package org.layerlab.engine.train;

import java.util.List;

/**
 * Copies what the views draw out of the model into the mailbox, at most about 30 times a second
 * unless forced (an epoch's end, a pause, a step), and never twice for the same point of training.
 * Used by the worker thread only; {@link #setEnabled} may be called from any thread.
 */
final class Snapshots {

    private static final long MIN_INTERVAL_NANOS = 33_000_000L;

    private final TrainableModel model;
    private final Mailbox mailbox;
    private final ViewCosts costs;
    private volatile boolean enabled = true;
    private List<String> effectIds;
    private long lastNanos;
    private int lastEpoch = -1;
    private long lastIteration = -1;

    Snapshots(TrainableModel model, Mailbox mailbox, ViewCosts costs) {
        this.model = model;
        this.mailbox = mailbox;
        this.costs = costs;
    }

    void setEnabled(boolean on) {
        enabled = on;
    }

    /** Publishes unless disabled, already published for this point, or (unless forced) published too recently. */
    void publish(int epoch, long iteration, boolean force) {
        if (!enabled || (epoch == lastEpoch && iteration == lastIteration)) {
            return;
        }
        if (!force && lastIteration >= 0 && System.nanoTime() - lastNanos < MIN_INTERVAL_NANOS) {
            return;
        }
        publishNow(epoch, iteration);
    }

    /** Publishes whatever the model offers now, regardless of timing. */
    void publishNow(int epoch, long iteration) {
        long t0 = System.nanoTime();
        ActivationsSnapshot activations = model.activations(epoch, iteration);
        long t1 = System.nanoTime();
        if (activations != null) {
            mailbox.activations().publish(activations);
            costs.add(ViewCosts.Part.ACTIVATIONS, t1 - t0);
        }
        GradientsSnapshot gradients = model.lastGradients(epoch, iteration);
        long t2 = System.nanoTime();
        if (gradients != null) {
            mailbox.gradients().publish(gradients);
            costs.add(ViewCosts.Part.GRADIENTS, t2 - t1);
        }
        DecisionSurface surface = model.decisionSurface(epoch, TrainingRun.SURFACE_SIZE, TrainingRun.SURFACE_SIZE);
        long t3 = System.nanoTime();
        if (surface != null) {
            mailbox.surface().publish(surface);
            costs.add(ViewCosts.Part.SURFACE, t3 - t2);
        }
        FittedCurve curve = model.fittedCurve(epoch, TrainingRun.CURVE_POINTS);
        long t4 = System.nanoTime();
        if (curve != null) {
            mailbox.curve().publish(curve);
            costs.add(ViewCosts.Part.CURVE, t4 - t3);
        }
        if (effectIds == null) {
            effectIds = List.copyOf(model.effectNodeIds());
        }
        for (String id : effectIds) {
            LayerEffect effect = model.layerEffect(id, true);
            if (effect != null) {
                mailbox.effect(id).publish(effect);
            }
        }
        if (!effectIds.isEmpty()) {
            costs.add(ViewCosts.Part.EFFECTS, System.nanoTime() - t4);
        }
        // Counted from the end, so a slow model spends at most about half its time on views.
        lastNanos = System.nanoTime();
        lastEpoch = epoch;
        lastIteration = iteration;
    }
}
