package org.layerlab.engine.train;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Copies what the views draw out of the model into the mailbox. Each part (gradients, activations,
 * the decision grid or fitted curve, the layer effects) is published at most about 30 times a
 * second and within its own small share of the worker's time, unless forced (a pause, a step, the
 * end of the run), and never twice for the same point of training. Used by the worker thread only;
 * {@link #setEnabled} may be called from any thread.
 */
final class Snapshots {

    static final long MIN_INTERVAL_NANOS = 33_000_000L;

    /**
     * The parts of a publish, each with the share of the worker's time it may take and its least
     * interval. Together at most {@link #TIME_SHARE}: one publish of the moons views (a 100 x 100
     * grid, histograms, gradients) costs as much as three minibatches, so publishing all of it every
     * epoch or 30 times a second slowed moons training by a third to a half. The cheap gradient norms
     * still arrive ~30 times a second (a detailed gradient-flow history); the grid as often as its
     * share allows; the layer effects once a second, as fast as their view shows them.
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
    private final LongSupplier costClock;
    private final Map<Part, Timing> timings = new EnumMap<>(Part.class);
    private volatile boolean enabled = true;
    private List<String> effectIds;

    Snapshots(TrainableModel model, Mailbox mailbox) {
        this(model, mailbox, System::nanoTime, threadCpuClock());
    }

    /** With one clock for the intervals and the costs (tests pass a fake one). */
    Snapshots(TrainableModel model, Mailbox mailbox, LongSupplier clock) {
        this(model, mailbox, clock, clock);
    }

    /**
     * @param clock     wall time, for the intervals between publishes
     * @param costClock what a publish costs: the worker's CPU time, so a publish during which other
     *                  programs had the core (a shared classroom laptop, a busy server) is not counted
     *                  as slow and does not thin the views out. Work ND4J spreads over several native
     *                  threads (OMP_NUM_THREADS above 1, large layers) is only partly counted.
     */
    Snapshots(TrainableModel model, Mailbox mailbox, LongSupplier clock, LongSupplier costClock) {
        this.model = model;
        this.mailbox = mailbox;
        this.clock = clock;
        this.costClock = costClock;
        for (Part part : Part.values()) {
            timings.put(part, new Timing());
        }
    }

    /** The calling thread's CPU time where the JVM measures it, wall time otherwise. */
    static LongSupplier threadCpuClock() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        if (threads.isCurrentThreadCpuTimeSupported()) {
            if (!threads.isThreadCpuTimeEnabled()) {
                threads.setThreadCpuTimeEnabled(true);
            }
            return threads::getCurrentThreadCpuTime;
        }
        return System::nanoTime;
    }

    void setEnabled(boolean on) {
        enabled = on;
    }

    /** Publishes each part unless disabled, already published for this point, or (unless forced) published too recently. */
    void publish(int epoch, long iteration, boolean force) {
        if (!enabled) {
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
     * The least time between two publishes of {@code part} that are not forced: its least interval,
     * or longer (up to {@link #MAX_INTERVAL_NANOS}) when it is so slow that it would take more than its
     * share of the time.
     */
    long interval(Part part) {
        long fair = (long) (timings.get(part).typicalCost() * (1 - part.share) / part.share);
        return Math.max(part.minInterval, Math.min(MAX_INTERVAL_NANOS, fair));
    }

    /**
     * Publishes every part now, regardless of timing; the layer effects in training mode (dropout and
     * noise active) or in inference mode (as a trained model predicts).
     */
    void publishNow(int epoch, long iteration, boolean effectsInTraining) {
        for (Part part : Part.values()) {
            publish(part, epoch, iteration, effectsInTraining);
        }
    }

    private void publish(Part part, int epoch, long iteration, boolean effectsInTraining) {
        long start = costClock.getAsLong();
        switch (part) {
            case GRADIENTS -> {
                GradientsSnapshot gradients = model.lastGradients(epoch, iteration);
                if (gradients != null) {
                    mailbox.gradients().publish(gradients);
                }
            }
            case ACTIVATIONS -> {
                ActivationsSnapshot activations = model.activations(epoch, iteration);
                if (activations != null) {
                    mailbox.activations().publish(activations);
                }
            }
            case GRID -> {
                DecisionSurface surface = model.decisionSurface(epoch, TrainingRun.SURFACE_SIZE,
                        TrainingRun.SURFACE_SIZE);
                if (surface != null) {
                    mailbox.surface().publish(surface);
                }
                FittedCurve curve = model.fittedCurve(epoch, TrainingRun.CURVE_POINTS);
                if (curve != null) {
                    mailbox.curve().publish(curve);
                }
            }
            case EFFECTS -> {
                if (effectIds == null) {
                    effectIds = List.copyOf(model.effectNodeIds());
                }
                for (String id : effectIds) {
                    LayerEffect effect = model.layerEffect(id, effectsInTraining);
                    if (effect != null) {
                        mailbox.effect(id).publish(effect);
                    }
                }
            }
        }
        // Counted from the end, so the interval is time the worker had for training.
        Timing t = timings.get(part);
        t.addCost(costClock.getAsLong() - start);
        t.lastNanos = clock.getAsLong();
        t.lastEpoch = epoch;
        t.lastIteration = iteration;
    }
}
