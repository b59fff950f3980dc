package org.layerlab.app.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.layerlab.app.shell.FxDialogs;
import org.layerlab.app.shell.Studio;
import org.layerlab.app.shell.StudioServices;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.app.training.TrainingViewModel.Phase;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.TrainingRun;

/**
 * {@code layerlab bench --ui-setups [--epochs N] [--runs R]}: trains the moons sample in the real studio
 * window, R times in each setup (views shown, hidden, no snapshots at all), and prints the training
 * speed and the FX thread's frame figures. It needs a display: on a server run it under
 * {@code xvfb-run -a -s "-screen 0 1280x800x24"}.
 */
public final class StudioBench {

    /** How the window is arranged while the run trains. */
    enum Setup {
        SNAPSHOTS_OFF("no view snapshots (as `layerlab train`)"),
        VIEWS_HIDDEN("views hidden (live-views area closed)"),
        BOUNDARY_AND_LOSS("boundary + loss shown (presenter)"),
        EVERY_VIEW("every view in turn (tab changes each 1 s)");

        final String label;

        Setup(String label) {
            this.label = label;
        }
    }

    /** Epochs at the start of each run left out of its speed (JIT and caches warming up). */
    static final int WARM_UP_EPOCHS = 5;

    private final PrintStream out;
    private final int epochs;
    private final int runs;
    private final FrameStats frameWork = new FrameStats();
    private final FrameStats frameCpu = new FrameStats();
    private final FrameStats intervals = new FrameStats();
    private Studio studio;
    private AnimationTimer probe;
    private long lastFrame;
    private long lastSwitch;
    private boolean measuring;
    private Setup setup;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final Map<Setup, List<double[]>> cpu = new EnumMap<>(Setup.class);

    StudioBench(PrintStream out, int epochs, int runs) {
        this.out = out;
        this.epochs = epochs;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        Studio.pacePulses();
        int epochs = 60;
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ui-setups", "bench" -> { }
                case "--epochs" -> epochs = positive("--epochs", args[++i]);
                case "--runs" -> runs = positive("--runs", args[++i]);
                default -> {
                    System.err.println("layerlab bench --ui-setups: unknown option " + args[i]
                            + " (known: --epochs N, --runs R)");
                    System.exit(2);
                }
            }
        }
        int code = new StudioBench(System.out, epochs, runs).run();
        System.exit(code);
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println("layerlab bench --ui-setups: " + option + " must be a whole number of at least 1, found " + value);
        System.exit(2);
        return 0;
    }

    int run() throws Exception {
        Preferences prefs = Preferences.userRoot().node("org/layerlab/bench-" + ProcessHandle.current().pid());
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Path moons = SampleData.resolve("projects/moons.json");
        onFx(() -> {
            Studio.applyTheme();
            Stage stage = new Stage();
            StudioServices standard = StudioServices.standard().withPreferences(prefs);
            StudioServices timed = new StudioServices(standard.runs(), standard.data(), standard.backend(),
                    standard.background(), standard.fx(), timed(FrameLoop.animationTimer()), prefs,
                    standard.sampleData());
            studio = new Studio(stage, timed, new FxDialogs(() -> stage));
            stage.setWidth(1280);
            stage.setHeight(800);
            studio.show();
            studio.actions().openFile(moons);
            var config = studio.document().trainingProperty();
            config.set(config.get().withEpochs(WARM_UP_EPOCHS + epochs));
            studio.window().presenterProperty().set(true);
            studio.training().runProperty().addListener((o, a, r) -> {
                if (r != null && setup == Setup.SNAPSHOTS_OFF) {
                    r.setViewsEnabled(false);
                }
            });
            probe = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frame();
                }
            };
            probe.start();
            return null;
        });
        out.printf(Locale.ROOT, "LayerLab studio bench: moons (%s), %d epochs after %d warm-up, %d runs per setup, "
                + "OMP_NUM_THREADS=%s, %d cores%n", moons.getFileName(), epochs, WARM_UP_EPOCHS, runs,
                System.getenv().getOrDefault("OMP_NUM_THREADS", "(not set)"), Runtime.getRuntime().availableProcessors());
        out.println("frame interval: time between two frames of the FX thread (60 Hz = 16.7 ms); frame work: the one"
                + " timer's drain of the mailbox into every view, in wall time and in the FX thread's own CPU time"
                + " (a wall time far above the CPU time is the thread waiting: GC, or other processes on the cores)");
        out.flush();
        train(Setup.BOUNDARY_AND_LOSS);
        Map<Setup, List<Double>> speeds = new EnumMap<>(Setup.class);
        Map<Setup, FrameStats> intervalStats = new EnumMap<>(Setup.class);
        Map<Setup, FrameStats> workStats = new EnumMap<>(Setup.class);
        Map<Setup, FrameStats> cpuStats = new EnumMap<>(Setup.class);
        Map<Setup, List<Double>> gc = new EnumMap<>(Setup.class);
        Setup[] order = Setup.values();
        for (int r = 0; r < runs; r++) {
            // Each round trains every setup once, starting with a different one, so a slow minute on a
            // shared machine lands on all setups alike; speeds are compared within a round.
            for (int i = 0; i < order.length; i++) {
                Setup s = order[(r + i) % order.length];
                double speed = train(s);
                speeds.computeIfAbsent(s, k -> new ArrayList<>()).add(speed);
                intervalStats.computeIfAbsent(s, k -> new FrameStats()).addAll(intervals);
                workStats.computeIfAbsent(s, k -> new FrameStats()).addAll(frameWork);
                cpuStats.computeIfAbsent(s, k -> new FrameStats()).addAll(frameCpu);
                gc.computeIfAbsent(s, k -> new ArrayList<>()).add(gcShare);
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%-44s %9s %8s %8s%n", "setup", "epochs/s", "vs off", "vs hidden");
        for (Setup s : Setup.values()) {
            out.printf(Locale.ROOT, "%-44s %9.2f %+7.1f%% %+7.1f%%%n", s.label, median(speeds.get(s)),
                    100 * (ratio(speeds, s, Setup.SNAPSHOTS_OFF) - 1), 100 * (ratio(speeds, s, Setup.VIEWS_HIDDEN) - 1));
        }
        out.println();
        out.printf(Locale.ROOT, "%-44s %-36s  %-36s  %-36s%n", "setup", "frame interval", "frame work (wall)",
                "frame work (FX thread CPU)");
        for (Setup s : Setup.values()) {
            out.printf(Locale.ROOT, "%-44s %-36s  %-36s  %-36s%n", s.label, intervalStats.get(s).summary(),
                    workStats.get(s).summary(), cpuStats.get(s).summary());
        }
        out.println();
        out.printf(Locale.ROOT, "%-44s %22s %8s %12s %8s%n", "setup", "training CPU ms/epoch", "FX CPU", "renderer CPU",
                "GC time");
        for (Setup s : Setup.values()) {
            List<double[]> c = cpu.get(s);
            out.printf(Locale.ROOT, "%-44s %22.1f %7.1f%% %11.1f%% %7.1f%%%n", s.label,
                    median(c.stream().map(a -> a[0]).toList()), median(c.stream().map(a -> a[1]).toList()),
                    median(c.stream().map(a -> a[2]).toList()), median(gc.get(s)));
        }
        out.printf(Locale.ROOT, "%n'vs': the median over the %d rounds of the speed ratio within a round. Speeds per run: %s%n",
                runs, speeds);
        out.flush();
        onFx(() -> {
            probe.stop();
            studio.dispose();
            return null;
        });
        prefs.removeNode();
        return 0;
    }

    /** Trains one run in this setup and returns its epochs per second after the warm-up. */
    private double train(Setup next) throws Exception {
        CountDownLatch over = new CountDownLatch(1);
        javafx.beans.value.ChangeListener<Phase> ended = (o, a, phase) -> {
            if (phase == Phase.FINISHED || phase == Phase.FAILED || phase == Phase.STOPPED) {
                over.countDown();
            }
        };
        onFx(() -> {
            setup = next;
            studio.training().reset();
            studio.window().liveViews().setVisible(next == Setup.BOUNDARY_AND_LOSS || next == Setup.EVERY_VIEW);
            studio.window().liveViews().showTab("boundaryTab");
            studio.training().phaseProperty().addListener(ended);
            intervals.clear();
            frameWork.clear();
            frameCpu.clear();
            gcAtStart = gcMillis();
            cpuAtStart[0] = System.nanoTime();
            cpuAtStart[1] = cpuOf("JavaFX Application Thread");
            cpuAtStart[2] = cpuOf("QuantumRenderer");
            lastFrame = 0;
            lastSwitch = System.nanoTime();
            measuring = true;
            studio.training().trainOrPause();
            return null;
        });
        if (!over.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the moons run did not finish within 10 minutes");
        }
        return onFx(() -> {
            measuring = false;
            studio.training().phaseProperty().removeListener(ended);
            TrainingRun run = studio.training().runProperty().get();
            if (studio.training().phaseProperty().get() != Phase.FINISHED || run == null) {
                throw new IllegalStateException("the moons run ended as " + studio.training().phaseProperty().get()
                        + ": " + studio.training().messageProperty().get());
            }
            List<EpochMetrics> m = run.mailbox().metricsSince(0);
            double wall = System.nanoTime() - cpuAtStart[0];
            gcShare = 100 * (gcMillis() - gcAtStart) * 1e6 / wall;
            cpu.computeIfAbsent(next, k -> new ArrayList<>()).add(new double[] {
                cpuOf(TrainingRun.THREAD_NAME) / 1e6 / m.size(),
                100 * (cpuOf("JavaFX Application Thread") - cpuAtStart[1]) / wall,
                100 * (cpuOf("QuantumRenderer") - cpuAtStart[2]) / wall});
            double seconds = (m.get(m.size() - 1).elapsedMillis() - m.get(WARM_UP_EPOCHS - 1).elapsedMillis()) / 1000.0;
            return (m.size() - WARM_UP_EPOCHS) / seconds;
        });
    }

    private final long[] cpuAtStart = new long[3];
    private long gcAtStart;
    private double gcShare;

    /** Milliseconds every garbage collector has spent so far. */
    private static long gcMillis() {
        long total = 0;
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, bean.getCollectionTime());
        }
        return total;
    }

    /** CPU time in ns of the live thread whose name starts with {@code prefix} (the busiest if several). */
    private long cpuOf(String prefix) {
        long most = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                most = Math.max(most, threads.getThreadCpuTime(t.getId()));
            }
        }
        return most;
    }

    /** On every frame: the interval since the last one, and in the every-view setup a tab change each second. */
    private void frame() {
        long now = System.nanoTime();
        if (measuring && studio.training().phaseProperty().get() == Phase.RUNNING) {
            if (lastFrame != 0) {
                intervals.add(now - lastFrame);
            }
            if (setup == Setup.EVERY_VIEW && now - lastSwitch >= 1_000_000_000L) {
                var tabs = studio.window().liveViews().tabs();
                int next = (tabs.getSelectionModel().getSelectedIndex() + 1) % tabs.getTabs().size();
                tabs.getSelectionModel().select(next);
                lastSwitch = now;
            }
            lastFrame = now;
        } else {
            lastFrame = 0;
        }
    }

    /** The studio's frame loop, timing each frame's work. */
    private FrameLoop timed(FrameLoop loop) {
        return new FrameLoop() {
            @Override
            public void start(Runnable perFrame) {
                loop.start(() -> {
                    long t0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    perFrame.run();
                    if (measuring) {
                        frameWork.add(System.nanoTime() - t0);
                        frameCpu.add(threads.getCurrentThreadCpuTime() - c0);
                    }
                });
            }

            @Override
            public void stop() {
                loop.stop();
            }
        };
    }

    /** The median over rounds of speed(a) / speed(b) in the same round. */
    private static double ratio(Map<Setup, List<Double>> speeds, Setup a, Setup b) {
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < speeds.get(a).size(); r++) {
            ratios.add(speeds.get(a).get(r) / speeds.get(b).get(r));
        }
        return median(ratios);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        FutureTask<T> future = new FutureTask<>(task);
        Platform.runLater(future);
        return future.get(2, TimeUnit.MINUTES);
    }
}
