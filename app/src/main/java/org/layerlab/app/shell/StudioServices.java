package org.layerlab.app.shell;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import org.layerlab.app.dataset.DataPreparer;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.app.training.RunFactory;
import org.layerlab.engine.Engine;
import org.layerlab.engine.data.DataException;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.train.ThreadNiceness;
import org.layerlab.engine.train.TrainingRun;

/**
 * What the studio needs from outside the window: the engine's entry points, where slow work runs and
 * how results come back to the FX thread, the frame loop, preferences and the sample data folder.
 * Tests swap pieces (a preferences node of their own, synchronous executors).
 */
public record StudioServices(RunFactory runs, DataPreparer data, Supplier<String> backend, Executor background,
                             Executor fx, FrameLoop frames, Preferences preferences, Path sampleData) {

    /** The real engine, a small pool of daemon threads, the JavaFX pulse and the user's preferences. */
    public static StudioServices standard() {
        return new StudioServices(StudioServices::prepareRun, Engine::prepareData, Engine::backend, backgroundPool(),
                Platform::runLater, FrameLoop.animationTimer(), Preferences.userRoot().node("org/layerlab/studio"),
                sampleDataFolder());
    }

    public StudioServices withPreferences(Preferences p) {
        return new StudioServices(runs, data, backend, background, fx, frames, p, sampleData);
    }

    /**
     * The nice value of the studio's training and view threads ({@code -Dlayerlab.trainingNice},
     * 10 unless set; 0 turns it off): the window gets the CPU first when it needs it.
     */
    static int trainingNice() {
        return Math.max(0, Math.min(ThreadNiceness.MAX, Integer.getInteger("layerlab.trainingNice", 10)));
    }

    /**
     * Whether the studio's training and view threads run under Linux's SCHED_IDLE policy
     * ({@code -Dlayerlab.trainingIdle}, true unless set to false): the window's threads then take a
     * core the moment they wake, instead of waiting out part of the training thread's time slice.
     */
    static boolean trainingIdle() {
        return Boolean.parseBoolean(System.getProperty("layerlab.trainingIdle", "true"));
    }

    private static TrainingRun prepareRun(Project project) throws DataException {
        TrainingRun run = Engine.prepareRun(project);
        int nice = trainingNice();
        run.setNiceness(nice);
        run.setIdleScheduling(trainingIdle());
        if (nice > 0) {
            // The JIT compilers, the reference handler, G1's concurrent threads and the native-buffer
            // reclaimer work for the run too: at the window's priority they delayed its frames.
            ThreadNiceness.setThreads(ThreadNiceness.TRAINING_HELPERS, nice);
        }
        return run;
    }

    /** Threads for data preparation, run compilation and export; daemons, so they never keep the JVM alive. */
    static ExecutorService backgroundPool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "layerlab-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The sample-data folder as the engine finds it ({@code -Dlayerlab.sampleData}, or nearby), or null. */
    static Path sampleDataFolder() {
        return SampleData.find().orElse(null);
    }
}
