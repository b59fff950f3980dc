package org.layerlab.app.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.layerlab.app.shell.FxDialogs;
import org.layerlab.app.shell.Studio;
import org.layerlab.app.shell.StudioServices;
import org.layerlab.app.training.Speed;
import org.layerlab.app.training.TrainingViewModel.Phase;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.train.TrainingRun;

/**
 * The UI frame case of {@code layerlab bench --ui}, run by the bench as a child process: the real
 * studio window trains the playground sample at full speed in the presenter layout (boundary and
 * loss side by side) while every live-view tab is brought to the front in turn, one a second. After
 * a warm-up it records the interval between consecutive frames of the FX thread for some seconds
 * and prints one line: {@code layerlab-probe ui frames=N p50=.. p90=.. p95=.. max=.. stalls=..
 * epochs_per_s=.. views=..} (milliseconds; a stall is a frame interval over 50 ms).
 */
public final class UiFrameProbe {

    /** A frame interval above this is a stall of the FX thread. */
    static final long STALL_NANOS = 50_000_000L;
    /**
     * Training at full speed before the frames count: the JIT compiles ~8,000 methods in the first 20 s
     * (a third to half of a core, beside the renderer), ~300 a second after 40 s.
     */
    private static final long WARM_UP_NANOS = Long.getLong("layerlab.probe.warmup", 20) * 1_000_000_000L;
    private static final long TAB_NANOS = 1_000_000_000L;

    private final FrameStats intervals = new FrameStats();
    private Studio studio;
    private long start;
    private long lastFrame;
    private long lastSwitch;
    private int stalls;
    private int epochAtStart = -1;
    private long measureStart;
    private final java.util.Map<String, Long> cpuAtStart = new java.util.HashMap<>();
    private long gcAtStart;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final String[] THREADS = {"JavaFX Application Thread", "GtkNativeMainLoopThread", "QuantumRenderer",
        TrainingRun.THREAD_NAME, "layerlab-views", "DeallocatorService", "GC Thread"};

    private UiFrameProbe() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = Long.getLong("layerlab.probe.seconds", 20);
        String project = System.getProperty("layerlab.probe.project", "playground.json");
        Studio.pacePulses();
        System.exit(new UiFrameProbe().run(project, seconds));
    }

    private int run(String projectFile, long seconds) throws Exception {
        Preferences prefs = Preferences.userRoot().node("org/layerlab/probe-" + ProcessHandle.current().pid());
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Path project = SampleData.resolve("projects/" + projectFile);
        CountDownLatch done = new CountDownLatch(1);
        long[] epochs = new long[2];
        onFx(() -> {
            Studio.applyTheme();
            Stage stage = new Stage();
            studio = new Studio(stage, StudioServices.standard().withPreferences(prefs), new FxDialogs(() -> stage));
            stage.setWidth(1280);
            stage.setHeight(800);
            studio.show();
            studio.actions().openFile(project);
            var config = studio.document().trainingProperty();
            config.set(config.get().withEpochs(1_000_000));
            studio.window().presenterProperty().set(true);
            studio.training().speedProperty().set(Speed.FULL);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (frame(seconds, epochs)) {
                        stop();
                        done.countDown();
                    }
                }
            }.start();
            start = System.nanoTime();
            studio.training().trainOrPause();
            return null;
        });
        if (!done.await(seconds + 120, TimeUnit.SECONDS)) {
            System.out.println("layerlab-probe-failed ui: no result within " + (seconds + 120) + " s");
            return 1;
        }
        String views = onFx(() -> {
            String shown = studio.window().liveViews().tabs().getTabs().size() + " view tabs";
            studio.dispose();
            return shown;
        });
        prefs.removeNode();
        if (frameLog != null) {
            java.nio.file.Files.writeString(Path.of(System.getProperty("layerlab.probe.frames")), frameLog);
        }
        double epochsPerSecond = (epochs[1] - epochs[0]) / ((lastFrame - measureStart) / 1e9);
        System.out.printf(Locale.ROOT, "layerlab-probe ui frames=%d p50=%.2f p90=%.2f p95=%.2f max=%.2f stalls=%d "
                        + "epochs_per_s=%.1f views=%s collector=%s cpu=%s%n", intervals.count(), intervals.quantileMillis(0.5),
                intervals.quantileMillis(0.9), intervals.quantileMillis(0.95), intervals.maxMillis(), stalls,
                epochsPerSecond, views.replace(' ', '_'), collector(), cpuShares);
        System.out.flush();
        return 0;
    }

    /** On every frame: records its interval once warm, turns to the next tab each second; true when done. */
    private boolean frame(long seconds, long[] epochs) {
        long now = System.nanoTime();
        Phase phase = studio.training().phaseProperty().get();
        if (phase == Phase.FAILED || phase == Phase.FINISHED || phase == Phase.STOPPED) {
            System.out.println("layerlab-probe-failed ui: the run ended as " + phase + ": "
                    + studio.training().messageProperty().get());
            System.exit(1);
        }
        if (phase != Phase.RUNNING || now - start < WARM_UP_NANOS) {
            lastFrame = now;
            lastSwitch = now;
            return false;
        }
        TrainingRun run = studio.training().runProperty().get();
        if (epochAtStart < 0) {
            epochAtStart = run.status().epoch();
            epochs[0] = epochAtStart;
            measureStart = now;
            for (String name : THREADS) {
                cpuAtStart.put(name, cpuOf(name));
            }
            gcAtStart = gcMillis();
            if (frameLog != null) {
                rendererId = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(0);
                lastRendererCpu = threads.getThreadCpuTime(rendererId);
                lastFxCpu = threads.getCurrentThreadCpuTime();
            }
        } else {
            long interval = now - lastFrame;
            intervals.add(interval);
            if (frameLog != null) {
                long renderer = threads.getThreadCpuTime(rendererId);
                long fx = threads.getCurrentThreadCpuTime();
                frameLog.append(now).append(' ').append(interval).append(' ')
                        .append(studio.window().liveViews().tabs().getSelectionModel().getSelectedIndex()).append(' ')
                        .append(renderer - lastRendererCpu).append(' ').append(fx - lastFxCpu).append('\n');
                lastRendererCpu = renderer;
                lastFxCpu = fx;
            }
            if (interval > STALL_NANOS) {
                stalls++;
            }
        }
        lastFrame = now;
        if (now - lastSwitch >= TAB_NANOS) {
            TabPane tabs = studio.window().liveViews().tabs();
            tabs.getSelectionModel().select((tabs.getSelectionModel().getSelectedIndex() + 1) % tabs.getTabs().size());
            lastSwitch = now;
        }
        if (now - measureStart >= seconds * 1_000_000_000L) {
            epochs[1] = run.status().epoch();
            StringBuilder shares = new StringBuilder();
            for (String name : THREADS) {
                long cpu = cpuOf(name) - cpuAtStart.get(name);
                if (cpu > 0) {
                    shares.append(shares.length() == 0 ? "" : ",").append(name.replace(' ', '_')).append(':')
                            .append(Math.round(100.0 * cpu / (now - measureStart))).append('%');
                }
            }
            shares.append(",GC_pauses:").append(Math.round(100.0 * (gcMillis() - gcAtStart) * 1e6 / (now - measureStart)))
                    .append('%');
            cpuShares = shares.toString();
            return true;
        }
        return false;
    }

    private String cpuShares = "";
    private long lastRendererCpu;
    private long lastFxCpu;
    private long rendererId;
    /**
     * With {@code -Dlayerlab.probe.frames=FILE}: one line per measured frame, written to FILE at the end
     * (System.nanoTime, interval, index of the tab in front, then the renderer's and the FX thread's CPU
     * time since the frame before; all in ns), to lay beside a safepoint or GC log taken with
     * {@code -Xlog:...:timenanos}.
     */
    private final StringBuilder frameLog = System.getProperty("layerlab.probe.frames") == null ? null : new StringBuilder();

    /** CPU time in ns of the live threads whose names start with {@code prefix}, summed. */
    private long cpuOf(String prefix) {
        long total = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                total += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return total;
    }

    /** The collector this JVM runs ("G1", "Shenandoah", "ZGC", ...), from its first collector bean's name. */
    private static String collector() {
        var beans = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans();
        return beans.isEmpty() ? "?" : beans.get(0).getName().split(" ")[0];
    }

    private static long gcMillis() {
        long total = 0;
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            // ZGC and Shenandoah also report their concurrent cycles ("ZGC Cycles"), which are not pauses
            if (bean.getName().endsWith("Cycles")) {
                continue;
            }
            total += Math.max(0, bean.getCollectionTime());
        }
        return total;
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        FutureTask<T> future = new FutureTask<>(task);
        Platform.runLater(future);
        return future.get(2, TimeUnit.MINUTES);
    }
}
