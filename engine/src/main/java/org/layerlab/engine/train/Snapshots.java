package org.layerlab.engine.train;

import java.util.List;

/**
 * Copies what the views draw out of the model into the mailbox. When the model offers a
 * {@link ViewReplica}, the views are computed on a second thread ({@link ViewWorker}) from
 * parameters copied at every epoch's end and at most once per display frame within an epoch, so
 * training only pays for the copy; otherwise they are computed here, on the worker thread, at most
 * about 30 times a second and at every epoch's end. A forced publish (a pause, a step, the end, a
 * refresh) always happens and returns once the views are in the mailbox. Used by the worker thread
 * only; {@link #setEnabled} and {@link #setMinInterval} may be called from any thread.
 */
final class Snapshots implements AutoCloseable {

    /** One display frame at 60 Hz: views computed more often than this are never seen. */
    static final long FRAME_NANOS = 16_666_667L;
    private static final long SYNC_INTERVAL_NANOS = 33_000_000L;

    private final TrainableModel model;
    private final Mailbox mailbox;
    private final ViewCosts costs;
    private volatile boolean enabled = true;
    private volatile long minIntervalNanos = FRAME_NANOS;
    private volatile ViewWorker worker;
    private boolean replicaAsked;
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

    /**
     * The least time between two view computations on the view thread that nothing forced; 0
     * computes the views for every epoch the view thread can keep up with (the benchmark does).
     */
    void setMinInterval(long nanos) {
        minIntervalNanos = Math.max(0, nanos);
        ViewWorker w = worker;
        if (w != null) {
            w.setMinInterval(minIntervalNanos);
        }
    }

    /**
     * After a minibatch: publishes when forced, at an epoch's end, or when the last publish is old
     * enough; never twice for the same point of training unless forced after an unforced one.
     */
    void publish(int epoch, long iteration, boolean force, boolean epochEnded) {
        if (!enabled || (epoch == lastEpoch && iteration == lastIteration)) {
            return;
        }
        ViewWorker w = worker();
        long now = System.nanoTime();
        if (w != null) {
            if (force) {
                publishNow(epoch, iteration, true);
            } else if ((epochEnded || lastIteration < 0 || now - lastNanos >= FRAME_NANOS)
                    && w.offer(epoch, iteration, true, false)) {
                // The point is only waiting: a forced publish of the same point must still go through.
                lastNanos = now;
            }
            return;
        }
        if (force || epochEnded || lastIteration < 0 || now - lastNanos >= SYNC_INTERVAL_NANOS) {
            publishNow(epoch, iteration, true);
        }
    }

    /**
     * Publishes whatever the model offers now, regardless of timing, and returns when it is in the
     * mailbox; the layer effects in training mode (dropout and noise active) or in inference mode.
     */
    void publishNow(int epoch, long iteration, boolean effectsInTraining) {
        ViewWorker w = worker();
        if (w != null) {
            w.offer(epoch, iteration, effectsInTraining, true);
        } else {
            long t0 = System.nanoTime();
            GradientsSnapshot gradients = model.lastGradients(epoch, iteration);
            if (gradients != null) {
                mailbox.gradients().publish(gradients);
                costs.add(ViewCosts.Part.GRADIENTS, System.nanoTime() - t0);
            }
            publishViews(model, mailbox, costs, epoch, iteration, effectsInTraining);
        }
        // Counted from the end, so a slow model spends at most about half its time on views.
        lastNanos = System.nanoTime();
        lastEpoch = epoch;
        lastIteration = iteration;
    }

    /** The view thread, created with the model's replica on first use; null when the model has no replica. */
    private ViewWorker worker() {
        if (!replicaAsked) {
            replicaAsked = true;
            ViewReplica replica = model.viewReplica();
            if (replica != null) {
                worker = new ViewWorker(replica, mailbox, costs, minIntervalNanos);
            }
        }
        return worker;
    }

    /** Activations, surface, curve and layer effects of {@code source}, timed, into the mailbox. */
    static void publishViews(ViewSource source, Mailbox mailbox, ViewCosts costs, int epoch, long iteration,
                             boolean effectsInTraining) {
        long t0 = System.nanoTime();
        ActivationsSnapshot activations = source.activations(epoch, iteration);
        long t1 = System.nanoTime();
        if (activations != null) {
            mailbox.activations().publish(activations);
            costs.add(ViewCosts.Part.ACTIVATIONS, t1 - t0);
        }
        DecisionSurface surface = source.decisionSurface(epoch, TrainingRun.SURFACE_SIZE, TrainingRun.SURFACE_SIZE);
        long t2 = System.nanoTime();
        if (surface != null) {
            mailbox.surface().publish(surface);
            costs.add(ViewCosts.Part.SURFACE, t2 - t1);
        }
        FittedCurve curve = source.fittedCurve(epoch, TrainingRun.CURVE_POINTS);
        long t3 = System.nanoTime();
        if (curve != null) {
            mailbox.curve().publish(curve);
            costs.add(ViewCosts.Part.CURVE, t3 - t2);
        }
        List<String> ids = source.effectNodeIds();
        for (String id : ids) {
            LayerEffect effect = source.layerEffect(id, effectsInTraining);
            if (effect != null) {
                mailbox.effect(id).publish(effect);
            }
        }
        if (!ids.isEmpty()) {
            costs.add(ViewCosts.Part.EFFECTS, System.nanoTime() - t3);
        }
    }

    /** Ends the view thread (if any) and closes its replica; the model itself stays open. */
    @Override
    public void close() {
        ViewWorker w = worker;
        worker = null;
        replicaAsked = true;
        if (w != null) {
            w.close();
        }
    }
}
