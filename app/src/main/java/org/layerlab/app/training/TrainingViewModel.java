package org.layerlab.app.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerlab.app.views.LiveClock;
import org.layerlab.engine.InvalidProjectException;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.Mailbox;
import org.layerlab.engine.train.RunStatus;
import org.layerlab.engine.train.TrainingRun;

/**
 * Owns the training run of the window: creates it from the current project off the FX thread, sends
 * it the user's commands, and once per frame drains its mailbox (status and new epoch metrics) into
 * read-only properties the views bind to. It never touches DL4J and never posts per iteration.
 */
public final class TrainingViewModel {

    /** Where the window's run is; IDLE and PREPARING come before the engine's states. */
    public enum Phase { IDLE, PREPARING, READY, RUNNING, PAUSED, FINISHED, STOPPED, FAILED }

    private final RunFactory factory;
    private final Executor background;
    private final Executor fx;
    private final FrameLoop frames;
    private final Supplier<Project> project;
    private final List<Consumer<Mailbox>> frameListeners = new ArrayList<>();

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper(this, "epoch");
    private final ReadOnlyIntegerWrapper epochBudget = new ReadOnlyIntegerWrapper(this, "epochBudget");
    private final ReadOnlyLongWrapper iteration = new ReadOnlyLongWrapper(this, "iteration");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyLongWrapper elapsedMillis = new ReadOnlyLongWrapper(this, "elapsedMillis");
    private final ReadOnlyDoubleWrapper samplesPerSecond = new ReadOnlyDoubleWrapper(this, "samplesPerSecond");
    private final ReadOnlyObjectWrapper<EpochMetrics> last = new ReadOnlyObjectWrapper<>(this, "last");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ObservableList<EpochMetrics> metrics = FXCollections.observableArrayList();
    private final ObservableList<EpochMetrics> metricsView = FXCollections.unmodifiableObservableList(metrics);
    private final StringProperty blockedReason = new SimpleStringProperty(this, "blockedReason", "");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", Speed.FULL);
    private final ReadOnlyObjectWrapper<TrainingRun> current = new ReadOnlyObjectWrapper<>(this, "run");

    private final BooleanBinding trainEnabled;
    private final BooleanBinding stepEnabled;
    private final BooleanBinding stopEnabled;
    private final BooleanBinding resetEnabled;
    private final BooleanBinding exportEnabled;
    private final StringBinding trainText;

    private TrainingRun run;
    private Project runProject;
    private long generation;
    private int metricsSeen;
    private RunStatus pendingStatus;
    /**
     * Status read-outs that only change figures (epoch, batch progress, samples per second, elapsed
     * time) wait for a tick of the live clock, the one the views repaint on: a new read-out every frame
     * made the renderer redraw and, in a software pipeline, upload the whole window 60 times a second,
     * and read-outs on a clock of their own added frames of their own.
     */
    private final LiveClock.Gate statusGate = new LiveClock.Gate();

    public TrainingViewModel(RunFactory factory, Executor background, Executor fx, FrameLoop frames,
                             Supplier<Project> project) {
        this.factory = factory;
        this.background = background;
        this.fx = fx;
        this.frames = frames;
        this.project = project;
        BooleanBinding blocked = blockedReason.isNotEmpty();
        BooleanBinding live = phase.isEqualTo(Phase.RUNNING).or(phase.isEqualTo(Phase.PAUSED))
                .or(phase.isEqualTo(Phase.READY));
        trainEnabled = live.or(blocked.not().and(phase.isNotEqualTo(Phase.PREPARING)));
        stepEnabled = phase.isEqualTo(Phase.PAUSED).or(phase.isEqualTo(Phase.READY))
                .or(blocked.not().and(phase.isEqualTo(Phase.IDLE).or(overBinding())));
        stopEnabled = live;
        resetEnabled = phase.isNotEqualTo(Phase.IDLE);
        exportEnabled = Bindings.createBooleanBinding(() -> iteration.get() > 0 && phase.get() != Phase.RUNNING
                && phase.get() != Phase.PREPARING, iteration, phase);
        trainText = Bindings.createStringBinding(() -> switch (phase.get()) {
            case RUNNING -> "Pause";
            case PAUSED -> "Resume";
            default -> "Train";
        }, phase);
        showIdleBudget();
        speed.addListener((o, a, b) -> {
            if (run != null) {
                run.setSpeed(Speed.batchesPerSecond(b.doubleValue()));
            }
        });
    }

    private BooleanBinding overBinding() {
        return phase.isEqualTo(Phase.FINISHED).or(phase.isEqualTo(Phase.STOPPED)).or(phase.isEqualTo(Phase.FAILED));
    }

    // ---- commands (FX thread) ----

    /** Train when there is nothing to continue, pause a running run, resume a paused one. */
    public void trainOrPause() {
        switch (phase.get()) {
            case IDLE, FINISHED, STOPPED, FAILED -> startNew(TrainingRun::start);
            case READY -> run.start();
            case RUNNING -> run.pause();
            case PAUSED -> run.resume();
            case PREPARING -> { }
        }
    }

    /** Trains exactly one more epoch, then pauses (starting a run first if there is none). */
    public void stepEpoch() {
        step(TrainingRun::stepEpoch);
    }

    /** Fits exactly one more minibatch, then pauses. */
    public void stepBatch() {
        step(TrainingRun::stepBatch);
    }

    private void step(Consumer<TrainingRun> command) {
        switch (phase.get()) {
            case READY, PAUSED -> command.accept(run);
            case IDLE, FINISHED, STOPPED, FAILED -> startNew(command);
            default -> { }
        }
    }

    /** Ends the run; its model stays exportable until Reset. */
    public void stop() {
        if (run != null && !phase.get().equals(Phase.PREPARING)) {
            run.stop();
        }
    }

    /** Discards the run, so the next Train starts from fresh weights with the current settings. */
    public void reset() {
        generation++;
        frames.stop();
        if (run != null) {
            // close() waits for the worker to finish its minibatch: never on the FX thread.
            background.execute(run::close);
        }
        run = null;
        pendingStatus = null;
        current.set(null);
        runProject = null;
        metricsSeen = 0;
        metrics.clear();
        phase.set(Phase.IDLE);
        epoch.set(0);
        iteration.set(0);
        progress.set(0);
        elapsedMillis.set(0);
        samplesPerSecond.set(0);
        last.set(null);
        message.set("");
        stale.set(false);
        showIdleBudget();
    }

    /** Before a run, the status bar counts against the configured epochs. */
    private void showIdleBudget() {
        Project p = project.get();
        epochBudget.set(p == null ? 0 : p.training().epochs());
    }

    /**
     * Writes the trained model as a DL4J zip, off the FX thread; then calls one of the callbacks on
     * the FX thread.
     */
    public void exportModel(Path zip, Runnable onSuccess, Consumer<String> onFailure) {
        TrainingRun r = run;
        if (r == null || !exportEnabled.get()) {
            onFailure.accept("There is no trained model yet: train at least one batch, then pause or stop.");
            return;
        }
        background.execute(() -> {
            String failure = null;
            try {
                r.exportModel(zip);
            } catch (Exception e) {
                failure = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            String f = failure;
            fx.execute(() -> {
                if (f == null) {
                    onSuccess.run();
                } else {
                    onFailure.accept(f);
                }
            });
        });
    }

    /** Tells whether the project changed since the run was prepared (node positions do not count). */
    public void projectChanged() {
        stale.set(runProject != null && !RunChanges.sameModel(runProject, project.get()));
        if (run == null && phase.get() == Phase.IDLE) {
            showIdleBudget();
        }
    }

    /** Drains the mailbox into the properties; called once per frame by the frame loop. */
    public void drain() {
        TrainingRun r = run;
        if (r == null) {
            return;
        }
        Mailbox mailbox = r.mailbox();
        RunStatus status = mailbox.status().take();
        if (status != null) {
            pendingStatus = status;
        }
        if (pendingStatus != null && (newsIn(pendingStatus) || statusGate.open(System.nanoTime()))) {
            show(pendingStatus);
            pendingStatus = null;
        }
        List<EpochMetrics> fresh = mailbox.metricsSince(metricsSeen);
        if (!fresh.isEmpty()) {
            metricsSeen += fresh.size();
            metrics.addAll(fresh);
        }
        for (Consumer<Mailbox> listener : frameListeners) {
            listener.accept(mailbox);
        }
    }

    /** True when a status changes the state or the note, which show at once; figures (even the epoch) may wait. */
    private boolean newsIn(RunStatus s) {
        return !s.state().name().equals(phase.get().name())
                || !Objects.equals(s.message() == null ? "" : s.message(), message.get());
    }

    /** Lets a live view read the run's mailbox on each frame (the one timer serves every view). */
    public void addFrameListener(Consumer<Mailbox> listener) {
        frameListeners.add(Objects.requireNonNull(listener));
    }

    // ---- running ----

    private void startNew(Consumer<TrainingRun> firstCommand) {
        if (!blockedReason.get().isEmpty()) {
            return;
        }
        reset();
        long gen = generation;
        Project p = project.get();
        phase.set(Phase.PREPARING);
        message.set("Building the network…");
        background.execute(() -> {
            try {
                TrainingRun r = factory.prepare(p);
                fx.execute(() -> adopt(gen, r, p, firstCommand));
            } catch (Exception e) {
                String why = explain(e);
                fx.execute(() -> failPreparation(gen, why));
            }
        });
    }

    private void adopt(long gen, TrainingRun r, Project p, Consumer<TrainingRun> firstCommand) {
        if (gen != generation) {
            r.close();
            return;
        }
        run = r;
        runProject = p;
        current.set(r);
        message.set("");
        r.setSpeed(Speed.batchesPerSecond(speed.get()));
        show(r.status());
        frames.start(this::drain);
        firstCommand.accept(r);
    }

    private void failPreparation(long gen, String why) {
        if (gen != generation) {
            return;
        }
        phase.set(Phase.FAILED);
        message.set(why);
    }

    private void show(RunStatus s) {
        phase.set(Phase.valueOf(s.state().name()));
        epoch.set(s.epoch());
        epochBudget.set(s.epochBudget());
        iteration.set(s.iteration());
        double within = s.batchesPerEpoch() > 0 && !s.state().isOver() ? (double) s.batch() / s.batchesPerEpoch() : 0;
        progress.set(s.epochBudget() > 0 ? Math.min(1.0, (s.epoch() + within) / s.epochBudget()) : 0);
        elapsedMillis.set(s.elapsedMillis());
        samplesPerSecond.set(s.samplesPerSecond());
        if (s.last() != null) {
            last.set(s.last());
        }
        message.set(s.message() == null ? "" : s.message());
    }

    static String explain(Exception e) {
        if (e instanceof InvalidProjectException invalid && !invalid.problems().isEmpty()) {
            return "Cannot train: " + invalid.problems().stream().map(Object::toString).collect(Collectors.joining("; "));
        }
        return "Cannot train: " + (e.getMessage() == null ? e.toString() : e.getMessage());
    }

    // ---- properties ----

    /**
     * The window's run from the moment it is built until Reset (null before and after): the live
     * views read its project, data and mailbox. Commands go through this view model, not the run.
     */
    public ReadOnlyObjectProperty<TrainingRun> runProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty epochBudgetProperty() {
        return epochBudget.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    /** Share of the epoch budget done, 0..1, moving within an epoch too. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty elapsedMillisProperty() {
        return elapsedMillis.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty samplesPerSecondProperty() {
        return samplesPerSecond.getReadOnlyProperty();
    }

    /** The last finished epoch's metrics, or null. */
    public ReadOnlyObjectProperty<EpochMetrics> lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** Why the run paused or ended, or why it could not start, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the project changed since this run was prepared: Reset applies the changes. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Every finished epoch of the run, oldest first (read-only to views). */
    public ObservableList<EpochMetrics> metrics() {
        return metricsView;
    }

    /** Why a new run cannot start ("" when it can): the shell binds it to the graph's problems. */
    public StringProperty blockedReasonProperty() {
        return blockedReason;
    }

    /** The speed slider's position, see {@link Speed}. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanBinding trainEnabledProperty() {
        return trainEnabled;
    }

    public BooleanBinding stepEnabledProperty() {
        return stepEnabled;
    }

    public BooleanBinding stopEnabledProperty() {
        return stopEnabled;
    }

    public BooleanBinding resetEnabledProperty() {
        return resetEnabled;
    }

    public BooleanBinding exportEnabledProperty() {
        return exportEnabled;
    }

    /** "Train", "Pause" or "Resume". */
    public StringBinding trainTextProperty() {
        return trainText;
    }
}
