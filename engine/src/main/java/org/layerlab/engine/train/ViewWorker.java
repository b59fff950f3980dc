package org.layerlab.engine.train;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The view thread ("layerlab-views"): computes the views from a {@link ViewReplica} while the
 * training thread trains on. The training thread offers a point of training: the replica stages
 * the parameters (a native copy) and the point replaces any point still waiting, so the views
 * always show the newest parameters and training never waits for a view. A forced offer (pause,
 * step, end of a run, refresh) is never skipped and waits until its views are in the mailbox.
 * Unforced points are computed at most once per {@link #setMinInterval minimum interval} and so
 * that the view thread is busy at most half the time; their layer effects at most once a second.
 */
final class ViewWorker implements AutoCloseable {

    /** Name of the view thread. */
    static final String THREAD_NAME = "layerlab-views";

    private record Point(int epoch, long iteration, boolean effectsInTraining, boolean forced, long number) {
    }

    private final ViewReplica replica;
    private final Mailbox mailbox;
    private final ViewCosts costs;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread thread;
    // View thread only.
    private long lastEffects;
    private boolean effectsDone;

    // Guarded by lock.
    private Point waiting;
    private long offered;
    private long finished;
    private long minIntervalNanos;
    private long nextStart;
    private long startedAt;
    private RuntimeException failure;
    private boolean closed;

    ViewWorker(ViewReplica replica, Mailbox mailbox, ViewCosts costs, long minIntervalNanos) {
        this.replica = replica;
        this.mailbox = mailbox;
        this.costs = costs;
        this.minIntervalNanos = minIntervalNanos;
        this.thread = new Thread(this::work, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    /** The least time between the starts of two unforced computations (0: as often as points come). */
    void setMinInterval(long nanos) {
        lock.lock();
        try {
            minIntervalNanos = Math.max(0, nanos);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Training thread: stages the parameters for this point of training and hands it to the view
     * thread. Unforced, it gives up at once (false) when the view thread is loading the previous
     * copy; forced, it waits for the lock and then for the views to be published. A failure of the
     * view thread is rethrown here.
     */
    boolean offer(int epoch, long iteration, boolean effectsInTraining, boolean forced) {
        long number;
        if (forced) {
            lock.lock();
        } else if (!lock.tryLock()) {
            return false;
        }
        try {
            throwFailure();
            if (closed) {
                return false;
            }
            long t0 = System.nanoTime();
            replica.stage();
            costs.add(ViewCosts.Part.PARAMETER_COPY, System.nanoTime() - t0);
            number = ++offered;
            waiting = new Point(epoch, iteration, effectsInTraining, forced, number);
            changed.signalAll();
            if (forced) {
                while (finished < number && failure == null && !closed) {
                    changed.awaitUninterruptibly();
                }
                throwFailure();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void throwFailure() {
        if (failure != null) {
            RuntimeException e = failure;
            failure = null;
            throw e;
        }
    }

    private void work() {
        while (true) {
            Point point = next();
            if (point == null) {
                return;
            }
            try {
                NativeSections.run(() -> compute(point));
            } catch (RuntimeException | Error e) {
                lock.lock();
                try {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException(e.toString(), e);
                } finally {
                    lock.unlock();
                }
            }
            lock.lock();
            try {
                finished = Math.max(finished, point.number());
                // At least the minimum interval, and never busy more than half the time: the second
                // core also runs the garbage collector and the FX thread.
                long cost = System.nanoTime() - startedAt;
                nextStart = startedAt + Math.max(minIntervalNanos, 2 * cost);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Waits for a point that may start now and loads its parameters; null once closed. */
    private Point next() {
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    return null;
                }
                long now = System.nanoTime();
                if (waiting != null && (waiting.forced() || now - nextStart >= 0)) {
                    Point point = waiting;
                    waiting = null;
                    startedAt = now;
                    NativeSections.run(replica::load);
                    return point;
                }
                if (waiting == null) {
                    changed.awaitUninterruptibly();
                } else {
                    changed.await(nextStart - now, TimeUnit.NANOSECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** Every part for the point, but the layer effects at most once per their interval unless forced. */
    private void compute(Point p) {
        for (Snapshots.Part part : Snapshots.Part.values()) {
            if (part == Snapshots.Part.EFFECTS) {
                long now = System.nanoTime();
                if (!p.forced() && effectsDone && now - lastEffects < part.minInterval) {
                    continue;
                }
                lastEffects = now;
                effectsDone = true;
            }
            Snapshots.compute(part, replica, mailbox, costs, p.epoch(), p.iteration(), p.effectsInTraining());
        }
    }

    /** Ends the view thread, waits for it, then closes the replica. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        replica.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
