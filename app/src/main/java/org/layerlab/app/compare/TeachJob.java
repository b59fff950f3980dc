package org.layerlab.app.compare;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.engine.teach.Cancellation;
import org.layerlab.engine.teach.RunContext;
import org.layerlab.engine.teach.RunOptions;

/**
 * One background series of runs for a teaching window: trains on the injected executor, lets the
 * window's one frame loop drain a {@link RunFeed} while it runs, comes back to the FX thread once at
 * the end, and can be cancelled (closing the window does).
 */
public final class TeachJob {

    /** The engine call to make with the job's context (a comparison, a sweep, a lesson). */
    @FunctionalInterface
    public interface Work<R> {
        R run(RunContext context) throws Exception;
    }

    private final Executor background;
    private final Executor fx;
    private final FrameLoop frames;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Cancellation cancellation;
    private long seen = -1;

    public TeachJob(Executor background, Executor fx, FrameLoop frames) {
        this.background = background;
        this.fx = fx;
        this.frames = frames;
    }

    /**
     * Starts {@code work}; {@code progress} gets a snapshot on frames where something changed,
     * {@code done} the result, {@code failed} a message (not called when cancelled).
     */
    public <R> void start(RunOptions options, Work<R> work, Consumer<RunFeed.Snapshot> progress, Consumer<R> done,
                          Consumer<String> failed) {
        if (running.get()) {
            throw new IllegalStateException("a run is already in progress: stop it first");
        }
        RunFeed feed = new RunFeed();
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        seen = -1;
        running.set(true);
        status.set("Starting…");
        Runnable drain = () -> {
            long v = feed.version();
            if (v != seen) {
                seen = v;
                RunFeed.Snapshot s = feed.snapshot();
                progress.accept(s);
                status.set(s.status());
            }
        };
        frames.start(drain);
        RunContext context = new RunContext(options, feed, cancel, null);
        background.execute(() -> {
            try {
                R result = work.run(context);
                fx.execute(() -> {
                    finish(drain);
                    status.set("Finished");
                    done.accept(result);
                });
            } catch (CancellationException e) {
                fx.execute(() -> {
                    finish(drain);
                    status.set("Stopped");
                });
            } catch (Exception | LinkageError e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                fx.execute(() -> {
                    finish(drain);
                    status.set("Failed: " + why);
                    failed.accept(why);
                });
            }
        });
    }

    private void finish(Runnable drain) {
        drain.run();
        frames.stop();
        running.set(false);
    }

    /** Asks the runs to stop after the current minibatch. */
    public void cancel() {
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

}
