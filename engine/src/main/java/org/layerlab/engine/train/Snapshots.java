package org.layerlab.engine.train;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Copies what the views draw out of the model into the mailbox.
 *
 * <p>When the model offers a {@link ViewReplica}, the views are computed on a second thread
 * ({@link ViewWorker}) from parameters copied at every epoch's end and about 30 times a second
 * within long epochs: training pays only for the copy. The view thread computes the gradients,
 * activations and grid for each point it takes (at most ~30 a second unless told otherwise, and
 * never more than half its time), the layer effects at most once a second (the rate their view
 * shows).
 *
 * <p>Otherwise the views are computed here, on the worker thread: each part (gradients,
 * activations, the decision grid or fitted curve, the layer effects) at most about 30 times a second
 * and within its own small share of the worker's time.
 *
 * <p>Either way a forced publish (a pause, a step, the end of the run, a refresh) always happens and
 * returns once the views are in the mailbox, and nothing is published twice for the same point of
 * training. Used by the worker thread only; {@link #setEnabled} and {@link #setMinInterval} may be
 * called from any thread.
 */
final class Snapshots implements AutoCloseable {

    static final long MIN_INTERVAL_NANOS = 33_000_000L;
    /** One display frame at 60 Hz: views computed more often than this are never seen. */
    static final long FRAME_NANOS = 16_666_667L;

    /**
     * The parts of a publish, each with the share of the worker's time it may take and its least
     * interval when computed on the worker thread. Together at most {@link #TIME_SHARE}: one publish
     * of the moons views (a 100 x 100 grid, histograms, gradients) costs as much as three minibatches,
     * so publishing all of it every epoch or 30 times a second slowed moons training by a third to a
     * half. The cheap gradient norms still arrive ~30 times a second (a detailed gradient-flow
     * history); the grid as often as its share allows; the layer effects once a second, as fast as
     * their view shows them (on the view thread too).
     */
    enum Part {
        GRADIENTS(0.005, MIN_INTERVAL_NANOS),
        ACTIVATIONS(0.015, MIN_INTERVAL_NANOS),
        GRID(0.025, MIN_INTERVAL_NANOS),
        EFFECTS(0.005, 1_000_000_000L);

        final double share;
        final long minInterval;

        Part(double share, long minInterval) {
            this.share = share;
            this.minInterval = minInterval;
        }
    }

    /** The share of the worker's time all views together may take outside forced publishes. */
    static final double TIME_SHARE = 0.05;

    /** The longest a part waits between two publishes, however slow it is. */
    static final long MAX_INTERVAL_NANOS = 2_000_000_000L;

    /** When each part was last published and what its last few publishes cost. */
    private static final class Timing {
        final long[] recentCosts = new long[5];
        int costs;
        long lastNanos;
        int lastEpoch = -1;
        long lastIteration = -1;

        void addCost(long cost) {
            recentCosts[costs % recentCosts.length] = cost;
            costs++;
        }

        /** The median of the last five costs: one publish stretched by a GC pause does not stall the part. */
        long typicalCost() {
            int n = Math.min(costs, recentCosts.length);
            if (n == 0) {
                return 0;
            }
            long[] sorted = java.util.Arrays.copyOf(recentCosts, n);
            java.util.Arrays.sort(sorted);
            return sorted[n / 2];
        }
    }

    private final TrainableModel model;
    private final Mailbox mailbox;
    private final LongSupplier clock;
    private final ViewCosts costs;
    private final Map<Part, Timing> timings = new EnumMap<>(Part.class);
    private volatile boolean enabled = true;
    private volatile long minIntervalNanos = MIN_INTERVAL_NANOS;
    private volatile ViewWorker worker;
    private boolean replicaAsked;
    private List<String> effectIds;
    private long lastOffer;
    private int offeredEpoch = -1;
    private long offeredIteration = -1;
    private int forcedEpoch = -1;
    private long forcedIteration = -1;

    Snapshots(TrainableModel model, Mailbox mailbox) {
        this(model, mailbox, System::nanoTime);
    }

    /** With the clock that times the publishes (tests pass a fake one). */
    Snapshots(TrainableModel model, Mailbox mailbox, LongSupplier clock) {
        this(model, mailbox, clock, new ViewCosts());
    }

    Snapshots(TrainableModel model, Mailbox mailbox, ViewCosts costs) {
        this(model, mailbox, System::nanoTime, costs);
    }

    private Snapshots(TrainableModel model, Mailbox mailbox, LongSupplier clock, ViewCosts costs) {
        this.model = model;
        this.mailbox = mailbox;
        this.clock = clock;
        this.costs = costs;
        for (Part part : Part.values()) {
            timings.put(part, new Timing());
        }
    }

    void setEnabled(boolean on) {
        enabled = on;
    }

    /**
     * The least time between two view computations on the view thread that nothing forced (33 ms:
     * the views repaint at most 5 times a second, the gradient history keeps ~30 points a second);
     * 0 offers the views of every epoch's end and nothing within epochs, computed for every epoch
     * the view thread keeps up with (the benchmark's playground case).
     */
    void setMinInterval(long nanos) {
        minIntervalNanos = Math.max(0, nanos);
        ViewWorker w = worker;
        if (w != null) {
            w.setMinInterval(minIntervalNanos);
        }
    }

    /** As {@link #publish(int, long, boolean, boolean)} in the middle of an epoch. */
    void publish(int epoch, long iteration, boolean force) {
        publish(epoch, iteration, force, false);
    }

    /**
     * After a minibatch: publishes what is forced or due. With a view thread, offers the point at
     * an epoch's end and once per frame within an epoch; without one, each part when its interval
     * has passed (an epoch's end changes nothing).
     */
    void publish(int epoch, long iteration, boolean force, boolean epochEnded) {
        if (!enabled) {
            return;
        }
        ViewWorker w = worker();
        if (w != null) {
            // A point is offered once; a forced publish (pause, step, end) still follows an unforced
            // offer of the same point, so that it returns with the views, effects included, in the mailbox.
            if (force ? epoch == forcedEpoch && iteration == forcedIteration
                    : epoch == offeredEpoch && iteration == offeredIteration) {
                return;
            }
            long now = clock.getAsLong();
            if (force) {
                publishNow(epoch, iteration, true);
            } else if ((epochEnded || offeredIteration < 0 || (minIntervalNanos > 0 && now - lastOffer >= minIntervalNanos))
                    && w.offer(epoch, iteration, true, false)) {
                lastOffer = now;
                offeredEpoch = epoch;
                offeredIteration = iteration;
            }
            return;
        }
        for (Part part : Part.values()) {
            Timing t = timings.get(part);
            if (t.lastEpoch == epoch && t.lastIteration == iteration) {
                continue;
            }
            if (force || t.lastIteration < 0 || clock.getAsLong() - t.lastNanos >= interval(part)) {
                publish(part, epoch, iteration, true);
            }
        }
    }

    /**
     * The least time between two publishes of {@code part} on the worker thread that are not forced:
     * its least interval, or longer when it is so slow that it would take more than its share of the time.
     */
    long interval(Part part) {
        long fair = (long) (timings.get(part).typicalCost() * (1 - part.share) / part.share);
        return Math.max(part.minInterval, Math.min(MAX_INTERVAL_NANOS, fair));
    }

    /**
     * Publishes every part now, regardless of timing, and returns once it is in the mailbox; the
     * layer effects in training mode (dropout and noise active) or in inference mode (as a trained
     * model predicts).
     */
    void publishNow(int epoch, long iteration, boolean effectsInTraining) {
        ViewWorker w = worker();
        if (w != null) {
            w.offer(epoch, iteration, effectsInTraining, true);
            offeredEpoch = epoch;
            offeredIteration = iteration;
            forcedEpoch = epoch;
            forcedIteration = iteration;
            lastOffer = clock.getAsLong();
            return;
        }
        for (Part part : Part.values()) {
            publish(part, epoch, iteration, effectsInTraining);
        }
    }

    private void publish(Part part, int epoch, long iteration, boolean effectsInTraining) {
        long start = clock.getAsLong();
        if (part == Part.EFFECTS && effectIds == null) {
            effectIds = List.copyOf(model.effectNodeIds());
        }
        compute(part, model, mailbox, costs, epoch, iteration, effectsInTraining);
        // Counted from the end, so the interval is time the worker had for training.
        Timing t = timings.get(part);
        t.lastNanos = clock.getAsLong();
        t.addCost(t.lastNanos - start);
        t.lastEpoch = epoch;
        t.lastIteration = iteration;
    }

    /** Computes one part of the views from {@code source} into the mailbox, timed into {@code costs}. */
    static void compute(Part part, ViewSource source, Mailbox mailbox, ViewCosts costs, int epoch, long iteration,
                        boolean effectsInTraining) {
        long t0 = System.nanoTime();
        switch (part) {
            case GRADIENTS -> {
                GradientsSnapshot gradients = source.lastGradients(epoch, iteration);
                if (gradients != null) {
                    mailbox.gradients().publish(gradients);
                    costs.add(ViewCosts.Part.GRADIENTS, System.nanoTime() - t0);
                }
            }
            case ACTIVATIONS -> {
                ActivationsSnapshot activations = source.activations(epoch, iteration);
                if (activations != null) {
                    mailbox.activations().publish(activations);
                    costs.add(ViewCosts.Part.ACTIVATIONS, System.nanoTime() - t0);
                }
            }
            case GRID -> {
                DecisionSurface surface = source.decisionSurface(epoch, TrainingRun.SURFACE_SIZE,
                        TrainingRun.SURFACE_SIZE);
                long t1 = System.nanoTime();
                if (surface != null) {
                    mailbox.surface().publish(surface);
                    costs.add(ViewCosts.Part.SURFACE, t1 - t0);
                }
                FittedCurve curve = source.fittedCurve(epoch, TrainingRun.CURVE_POINTS);
                if (curve != null) {
                    mailbox.curve().publish(curve);
                    costs.add(ViewCosts.Part.CURVE, System.nanoTime() - t1);
                }
            }
            case EFFECTS -> {
                List<String> ids = source.effectNodeIds();
                for (String id : ids) {
                    LayerEffect effect = source.layerEffect(id, effectsInTraining);
                    if (effect != null) {
                        mailbox.effect(id).publish(effect);
                    }
                }
                if (!ids.isEmpty()) {
                    costs.add(ViewCosts.Part.EFFECTS, System.nanoTime() - t0);
                }
            }
        }
    }

    /** The view thread, created with the model's replica on first use; null when the model has none. */
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
