package org.layerlab.engine.train;

import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.export.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One training run: the epoch loop on a single daemon worker thread ("layerlab-training"), driven by
 * thread-safe controls (start, pause, resume, step, stop, speed). It publishes a {@link RunStatus}
 * every minibatch, view snapshots (always on a pause, after a step and at the end; see
 * {@link Snapshots} for the rates) and one {@link EpochMetrics} per epoch into its {@link Mailbox}.
 * When the model has a {@link ViewReplica}, the views are computed on a second thread
 * ("layerlab-views") from parameters the worker copies between minibatches.
 *
 * <p>The {@link TrainableModel} is touched only by the worker thread: exports, evaluations and
 * predictions are handed to it as tasks. The worker lives until {@link #close()}, which also ends
 * the view thread and closes the model; a run that is over still answers those tasks.
 */
public final class TrainingRun implements AutoCloseable {

    /** Name of the worker thread. */
    public static final String THREAD_NAME = "layerlab-training";
    /** Rows and columns of the published decision surface. */
    public static final int SURFACE_SIZE = 100;
    /** Points of the published fitted curve. */
    public static final int CURVE_POINTS = 200;

    /** What the worker does while RUNNING: train on, or pause after one batch or at the epoch's end. */
    private enum Mode { RUN, BATCH, EPOCH }

    private final Project project;
    private final TrainableModel model;
    private final PreparedData data;
    private final Mailbox mailbox = new Mailbox();
    private final ViewCosts viewCosts = new ViewCosts();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final WorkerTasks tasks = new WorkerTasks();
    private final Snapshots snapshots;
    private final EpochLoop loop;
    private final EpochLoop.Progress recorder = new EpochLoop.Progress() {
        @Override
        public void batchDone(int batchIndex, long nanoTime) {
            locked(() -> {
                progress.batchDone(batchIndex, nanoTime);
                publishStatus();
            });
        }

        @Override
        public void epochDone(int finishedEpoch, Evaluation train, Evaluation validation, double learningRate) {
            locked(() -> {
                mailbox.appendMetrics(progress.epochDone(finishedEpoch, train, validation, learningRate));
                publishStatus();
            });
        }
    };

    // Guarded by lock.
    private final RunProgress progress;
    private Thread worker;
    private int niceness;
    private boolean idleScheduling;
    private Mode mode = Mode.RUN;
    private boolean pauseRequested;
    private boolean stopRequested;
    private boolean closed;
    private boolean modelClosed;
    private double batchesPerSecond;
    private long lastBatchStart;
    private boolean anyBatch;
    private boolean viewsRequested;

    private volatile RunStatus status;

    /**
     * A READY run of {@code project}'s training config on {@code model}; the run owns the model from
     * now on and closes it in {@link #close()}.
     */
    public TrainingRun(Project project, TrainableModel model) {
        this(project, model, null);
    }

    /**
     * As {@link #TrainingRun(Project, TrainableModel)}, remembering the data the model was built on
     * so that the studio draws the very points the run trains on.
     */
    public TrainingRun(Project project, TrainableModel model, PreparedData data) {
        this.project = project;
        this.model = model;
        this.data = data;
        TrainingConfig config = project.training();
        if (config.epochs() < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, found " + config.epochs());
        }
        int batchesPerEpoch = model.batchesPerEpoch();
        int trainingExamples = model.trainingExamples();
        if (batchesPerEpoch < 1 || trainingExamples < 1) {
            throw new IllegalArgumentException("the training split is empty: " + trainingExamples
                    + " examples in " + batchesPerEpoch + " minibatches");
        }
        EarlyStopper stopper = new EarlyStopper(config.earlyStopping(), project.dataset().validationRatio() > 0);
        this.loop = new EpochLoop(model, config, stopper, batchesPerEpoch);
        this.snapshots = new Snapshots(model, mailbox, viewCosts);
        this.progress = new RunProgress(config.epochs(), batchesPerEpoch, config.batchSize(), trainingExamples);
        this.status = progress.status();
        mailbox.status().publish(status);
    }

    public Project project() {
        return project;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    /** What the view snapshots cost to compute, and on which thread. */
    public ViewCosts viewCosts() {
        return viewCosts;
    }

    /** The data the model trains on (features as the source holds them), when the run was given it. */
    public Optional<PreparedData> data() {
        return Optional.ofNullable(data);
    }

    /** The latest status (also in the mailbox). */
    public RunStatus status() {
        return status;
    }

    /** Starts training (READY), or resumes it (PAUSED). */
    public void start() {
        command(Mode.RUN, "start");
    }

    /** Trains on after a pause or a step. */
    public void resume() {
        command(Mode.RUN, "resume");
    }

    /** Fits one minibatch, then pauses. While running: pauses after the current minibatch. */
    public void stepBatch() {
        command(Mode.BATCH, "step");
    }

    /** Trains to the end of the current epoch (a whole epoch from its start), then pauses. */
    public void stepEpoch() {
        command(Mode.EPOCH, "step");
    }

    /** Pauses after the current minibatch; does nothing unless running. */
    public void pause() {
        locked(() -> {
            if (progress.state() == RunState.RUNNING) {
                pauseRequested = true;
                changed.signalAll();
            }
        });
    }

    /** Ends the run (STOPPED) after the current minibatch; the model can still be exported. */
    public void stop() {
        locked(() -> {
            if (progress.state() == RunState.RUNNING) {
                stopRequested = true;
                changed.signalAll();
            } else if (!progress.state().isOver()) {
                settle(RunState.STOPPED, "Stopped by the user.");
            }
        });
    }

    /**
     * Limits the speed to {@code value} minibatches per second (1 = slow motion); 0 or less means
     * full speed. A pause or stop interrupts the wait between minibatches.
     */
    public void setSpeed(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("speed must be a number of batches per second, found NaN");
        }
        locked(() -> {
            batchesPerSecond = Math.max(0, value);
            changed.signalAll();
        });
    }

    /**
     * Turns the view snapshots off (the command line needs only status and metrics) or back on;
     * off, the minibatches also stop copying their gradients for the gradient view.
     */
    public void setViewsEnabled(boolean enabled) {
        model.recordGradients(enabled);
        snapshots.setEnabled(enabled);
    }

    /**
     * The least time between two view computations that nothing forced, on the view thread (one
     * display frame unless changed); zero computes the views for every epoch the view thread keeps
     * up with, as the benchmark's playground case does.
     */
    public void setViewInterval(Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("the view interval must be 0 or more, found " + interval);
        }
        snapshots.setMinInterval(interval.toNanos());
    }

    /**
     * The Linux nice value (0-19) the training thread, and the view thread it starts, run at; set it
     * before training starts. The studio uses 10, so its window keeps its frames while the network
     * trains on every cycle the window does not need ({@link ThreadNiceness}); 0, the default, leaves
     * the threads as they are.
     */
    public void setNiceness(int nice) {
        if (nice < 0 || nice > ThreadNiceness.MAX) {
            throw new IllegalArgumentException("the training thread's nice value must be 0-" + ThreadNiceness.MAX
                    + ", found " + nice);
        }
        locked(() -> {
            if (worker != null) {
                throw new IllegalStateException("set the nice value before the run starts");
            }
            niceness = nice;
        });
    }

    /**
     * Runs the training thread, and the view thread it starts, under Linux's {@code SCHED_IDLE} policy
     * ({@link ThreadNiceness#setCurrentIdle}) as well as at the nice value: a window beside the run gets
     * a core the moment it wakes. Set it before training starts; off by default.
     */
    public void setIdleScheduling(boolean idle) {
        locked(() -> {
            if (worker != null) {
                throw new IllegalStateException("set the scheduling before the run starts");
            }
            idleScheduling = idle;
        });
    }

    /** Waits until the state satisfies {@code condition}; false when {@code timeout} passes first. */
    public boolean awaitState(Predicate<RunState> condition, Duration timeout) throws InterruptedException {
        return awaitStatus(s -> condition.test(s.state()), timeout);
    }

    /** Waits until the status satisfies {@code condition} (checked at every minibatch and state change). */
    public boolean awaitStatus(Predicate<RunStatus> condition, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (!condition.test(status)) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Writes the model as it is now (READY, PAUSED or over; not while running) to a DL4J zip. */
    public void exportModel(Path zip) throws IOException {
        if (locked(() -> progress.state() == RunState.RUNNING)) {
            throw new IllegalStateException("pause or stop the run before exporting: it is training");
        }
        try {
            onWorker(() -> {
                model.exportModel(zip, project);
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Loss and accuracy on a split with the current weights (between minibatches if running). */
    public Evaluation evaluate(SplitName split) {
        return onWorker(() -> model.evaluate(split));
    }

    /** Class probabilities (or regression outputs) for features as the dataset holds them. */
    public double[][] predict(float[][] rawFeatures) {
        return onWorker(() -> model.predict(rawFeatures));
    }

    /** Publishes fresh view snapshots now, e.g. to show the untrained model of a READY run. */
    public void refreshViews() {
        onWorker(() -> {
            snapshots.publishNow(locked(progress::epoch), locked(progress::iteration), true);
            return null;
        });
    }

    /**
     * Asks the worker for fresh view snapshots and returns at once (safe on the FX thread); the
     * mailbox gets them between minibatches. While training, the layer effects are drawn in training
     * mode as usual; when the run is READY, PAUSED or over they are drawn in inference mode, the way
     * the model predicts (dropout and noise inactive). Does nothing on a closed run.
     */
    public void requestViews() {
        locked(() -> {
            if (closed || viewsRequested) {
                return;
            }
            viewsRequested = true;
            ensureWorker();
            changed.signalAll();
        });
    }

    /** Stops the run, waits for the worker to end and closes the model; safe to call twice. */
    @Override
    public void close() {
        Thread w = locked(() -> {
            if (closed) {
                return Thread.currentThread();
            }
            closed = true;
            if (progress.state() == RunState.RUNNING) {
                stopRequested = true;
            } else if (!progress.state().isOver()) {
                settle(RunState.STOPPED, "Stopped by the user.");
            }
            changed.signalAll();
            return worker;
        });
        if (w == null) {
            closeModel();
        } else if (w != Thread.currentThread()) {
            boolean interrupted = false;
            while (w.isAlive()) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- controls ------------------------------------------------------------------------------

    private void command(Mode newMode, String verb) {
        locked(() -> {
            if (closed) {
                throw new IllegalStateException("cannot " + verb + ": the run is closed");
            }
            if (progress.state().isOver()) {
                throw new IllegalStateException("cannot " + verb + ": the run is "
                        + progress.state().name().toLowerCase()
                        + "; reset it to train again");
            }
            ensureWorker();
            mode = newMode;
            pauseRequested = false;
            if (progress.state() != RunState.RUNNING) {
                progress.begin();
                publishStatus();
            }
            changed.signalAll();
        });
    }

    private void ensureWorker() {
        if (worker == null) {
            worker = new Thread(this::work, THREAD_NAME);
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** Runs {@code call} on the worker, between minibatches, and waits for its result. */
    private <T> T onWorker(Callable<T> call) {
        WorkerTasks.Task<T> task = locked(() -> {
            if (closed) {
                throw new IllegalStateException("the run is closed");
            }
            if (Thread.currentThread() == worker) {
                throw new IllegalStateException("the training thread cannot wait for itself");
            }
            ensureWorker();
            WorkerTasks.Task<T> t = tasks.add(call);
            changed.signalAll();
            return t;
        });
        return task.result();
    }

    // ---- the worker ----------------------------------------------------------------------------

    private void work() {
        int nice = locked(() -> niceness);
        boolean idle = locked(() -> idleScheduling);
        if (nice > 0) {
            // the view thread, started from this one, inherits the value
            ThreadNiceness.setCurrent(nice);
        }
        if (idle) {
            // inherited too; the nice value stays as the fallback where chrt is missing
            ThreadNiceness.setCurrentIdle();
        }
        try {
            while (true) {
                Runnable next = nextStep();
                if (next == null) {
                    return;
                }
                // a section, so native buffers are not freed under an op of this step
                NativeSections.run(next);
            }
        } catch (RuntimeException | Error e) {
            locked(() -> settle(RunState.FAILED, "Training failed: " + describe(e)));
            throw e;
        } finally {
            locked(tasks::cancelAll);
            closeModel();
        }
    }

    /** Waits for something to do and says what: a task, a pause, a batch, a no-op, or null to exit. */
    private Runnable nextStep() {
        lock.lock();
        try {
            while (!closed && tasks.isEmpty() && !viewsRequested && progress.state() != RunState.RUNNING) {
                changed.awaitUninterruptibly();
            }
            if (!tasks.isEmpty()) {
                return tasks.poll();
            }
            if (viewsRequested && !closed) {
                viewsRequested = false;
                boolean training = progress.state() == RunState.RUNNING;
                return () -> publishRequestedViews(training);
            }
            if (progress.state() != RunState.RUNNING) {
                return null;
            }
            if (stopRequested) {
                settle(RunState.STOPPED, "Stopped by the user.");
                return () -> { };
            }
            if (pauseRequested) {
                return this::pauseAfterViews;
            }
            if (!speedAllowsBatch()) {
                return () -> { };
            }
            lastBatchStart = System.nanoTime();
            anyBatch = true;
            return this::trainOneBatch;
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: true when the speed limit lets the next batch start now, else waits a while. */
    private boolean speedAllowsBatch() {
        if (mode == Mode.BATCH || batchesPerSecond <= 0 || !anyBatch) {
            return true;
        }
        long wait = lastBatchStart + (long) (1e9 / batchesPerSecond) - System.nanoTime();
        if (wait <= 0) {
            return true;
        }
        try {
            changed.awaitNanos(wait);
        } catch (InterruptedException e) {
            closed = true;
            stopRequested = true;
        }
        return false;
    }

    private void pauseAfterViews() {
        if (publishViews(true, false)) {
            locked(() -> {
                if (pauseRequested && progress.state() == RunState.RUNNING && !stopRequested) {
                    settle(RunState.PAUSED, "");
                }
            });
        }
    }

    private void trainOneBatch() {
        EpochLoop.Step step = loop.fitBatch(locked(progress::epoch), locked(progress::batch), recorder);
        boolean stepDone = locked(() -> mode == Mode.BATCH || (mode == Mode.EPOCH && step.epochEnded()));
        RunState ending = step.ending();
        // An epoch's end is not forced: moons ends 15 epochs a second. With a view thread it is offered
        // (the views of every epoch the view thread keeps up with); without one, views on each cost a
        // third of the time.
        if (ending != RunState.FAILED && !publishViews(ending != null || stepDone, step.epochEnded())) {
            return;
        }
        locked(() -> {
            if (ending != null) {
                // A stop asked for during this batch wins over a pause the batch itself asked for.
                boolean stopWins = stopRequested && ending == RunState.PAUSED;
                settle(stopWins ? RunState.STOPPED : ending, step.message());
            } else if (stepDone && !stopRequested) {
                settle(RunState.PAUSED, "");
            }
        });
    }

    private void publishRequestedViews(boolean training) {
        try {
            snapshots.publishNow(locked(progress::epoch), locked(progress::iteration), training);
        } catch (RuntimeException ex) {
            locked(() -> settle(RunState.FAILED, "Training failed while drawing the views: " + describe(ex)));
        } finally {
            // Wakes awaitStatus callers waiting for the fresh views.
            locked(changed::signalAll);
        }
    }

    /** Publishes view snapshots if forced or due; on a model failure, fails the run and returns false. */
    private boolean publishViews(boolean force, boolean epochEnded) {
        try {
            snapshots.publish(locked(progress::epoch), locked(progress::iteration), force, epochEnded);
            return true;
        } catch (RuntimeException | Error ex) {
            locked(() -> settle(RunState.FAILED, "Training failed while drawing the views: " + describe(ex)));
            return false;
        }
    }

    // ---- state, under the lock -----------------------------------------------------------------

    /** Moves to a resting state (PAUSED or over), accounting the active time. */
    private void settle(RunState next, String why) {
        if (progress.state().isOver()) {
            return;
        }
        progress.settle(next, why);
        pauseRequested = false;
        stopRequested = false;
        mode = Mode.RUN;
        publishStatus();
    }

    private void publishStatus() {
        status = progress.status();
        mailbox.status().publish(status);
        changed.signalAll();
    }

    private void closeModel() {
        boolean first = locked(() -> {
            boolean was = modelClosed;
            modelClosed = true;
            return !was;
        });
        if (first) {
            // The view thread reads the model's data: it ends first.
            snapshots.close();
            model.close();
        }
    }

    private void locked(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    static String describe(Throwable e) {
        String text = e.getMessage();
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
