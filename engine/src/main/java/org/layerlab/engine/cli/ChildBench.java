package org.layerlab.engine.cli;

import org.layerlab.engine.cli.BenchTable.Goal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The cases that need the studio, each in a child process on the current display or on a private
 * Xvfb server: start-up runs the real launcher ({@code ./layerlab} with {@code -Dlayerlab.probe=startup}),
 * the UI frame case runs the studio's frame probe with this JVM's settings. Each child prints one
 * line when done, {@code layerlab-probe <what> key=value ...}, which is all the bench reads.
 */
final class ChildBench {

    /** The line the studio's probes print (org.layerlab.app.bench); the engine never links to them. */
    static final String MARKER = "layerlab-probe ";
    /** The UI frame probe, run with this JVM's settings and classpath (the studio's jars are on it). */
    static final String UI_PROBE = "org.layerlab.app.bench.UiFrameProbe";
    private static final long CHILD_LIMIT_SECONDS = 180;
    /** Key of the time (System.nanoTime) the marker line was read, added to a child's values. */
    private static final String SEEN = "seen_nanos";

    private final PrintWriter out;
    private final boolean quick;

    ChildBench(PrintWriter out, boolean quick) {
        this.out = out;
        this.quick = quick;
    }

    /** Launcher to a usable window (shown, painted, ND4J initialised), after one start to warm the caches. */
    void startup(BenchTable table, List<String> notes) throws IOException, InterruptedException {
        try (Display display = Display.open()) {
            Timings total = new Timings();
            Timings inJvm = new Timings();
            int runs = quick ? 2 : 6;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                Map<String, String> ready = runChild(display, "startup", launcherCommand("-Dlayerlab.probe=startup"));
                double ms = (Long.parseLong(ready.get(SEEN)) - t0) / 1e6;
                if (i > 0) {
                    total.add(ms);
                    inJvm.add(Double.parseDouble(ready.get("jvm_ms")));
                }
            }
            table.row("start-up to a usable window (second start)", total.median() / 1000, total.p90() / 1000, "s",
                    Goal.AT_MOST, 3);
            notes.add(String.format(Locale.ROOT, "start-up: ./layerlab to the window shown and painted with ND4J ready, "
                    + "%d starts after a first one; %.2f s of it inside the JVM (median)%s.", total.count(),
                    inJvm.median() / 1000, display.note()));
        }
    }

    /** Frame intervals of the studio training the playground at full speed with every view open. */
    void uiFrames(BenchTable table, List<String> notes) throws IOException, InterruptedException {
        try (Display display = Display.open()) {
            int seconds = quick ? 4 : 20;
            int warmUp = quick ? 3 : 20;
            List<String> options = new ArrayList<>(List.of("-Dlayerlab.probe.seconds=" + seconds,
                    "-Dlayerlab.probe.warmup=" + warmUp));
            String studioGc = studioCollector(ManagementFactory.getRuntimeMXBean().getInputArguments());
            if (!studioGc.isEmpty()) {
                options.add(studioGc);
            }
            Map<String, String> r = runChild(display, "ui", javaCommand(UI_PROBE, options));
            double p95 = number(r, "p95");
            table.row("ui frame interval, every view, training", number(r, "p50"), number(r, "p90"), "ms",
                    Goal.AT_MOST, 16.7, "p95 ", p95);
            table.row("ui FX stalls > 50 ms", number(r, "stalls"), Double.NaN, "count", Goal.AT_MOST, 0);
            table.row("ui training epochs/s, every view open", number(r, "epochs_per_s"), Double.NaN, "epochs/s",
                    Goal.NONE, 0);
            notes.add(String.format(Locale.ROOT, "ui frame: the studio on the playground project at full speed, presenter"
                    + " layout, each of the %s brought to the front in turn; %s frames over %d s after a %d s warm-up;"
                    + " longest frame interval %.1f ms%s; collector %s; CPU per thread (share of one core) and GC pauses: %s.",
                    r.getOrDefault("views", "view tabs").replace('_', ' '), r.get("frames"), seconds, warmUp, number(r, "max"),
                    display.note(), r.getOrDefault("collector", "?"), r.getOrDefault("cpu", "?").replace(',', ' ')));
        }
    }

    /**
     * The collector option the launcher gives the studio ({@code -Dlayerlab.studioGc}, e.g.
     * {@code -XX:+UseShenandoahGC}), for the UI probe to run as the studio does; empty when there is
     * none or when this JVM was given a collector of its own, which the probe inherits.
     */
    static String studioCollector(List<String> jvmOptions) {
        if (jvmOptions.stream().anyMatch(option -> option.matches(COLLECTOR_OPTION))) {
            return "";
        }
        String gc = System.getProperty("layerlab.studioGc", "").strip();
        return gc.matches(COLLECTOR_OPTION) ? gc : "";
    }

    /** A JVM option that picks a garbage collector ({@code -XX:+UseG1GC}, {@code -XX:+UseZGC}, ...). */
    private static final String COLLECTOR_OPTION = "-XX:\\+Use\\w*GC";

    private static double number(Map<String, String> values, String key) {
        String v = values.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    /** The launcher ({@code ./layerlab}, no arguments: the studio) with extra JVM options. */
    private static ProcessBuilder launcherCommand(String... options) {
        ProcessBuilder builder = new ProcessBuilder(launcher().toString());
        Map<String, String> env = builder.environment();
        env.put("LAYERLAB_JAVA_OPTS", (env.getOrDefault("LAYERLAB_JAVA_OPTS", "") + " " + String.join(" ", options))
                .strip());
        return builder;
    }

    /** This JVM's java, options and classpath running {@code mainClass}: the same settings as the bench. */
    private static ProcessBuilder javaCommand(String mainClass, List<String> extraOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-X") || option.startsWith("-D")) {
                command.add(option);
            }
        }
        command.addAll(extraOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        return new ProcessBuilder(command);
    }

    /** Runs a child on the display and returns the key=value pairs of its marker line. */
    private Map<String, String> runChild(Display display, String probe, ProcessBuilder builder)
            throws IOException, InterruptedException {
        builder.redirectErrorStream(true);
        display.applyTo(builder.environment());
        Process child = builder.start();
        BlockingQueue<String> marker = new ArrayBlockingQueue<>(1);
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> readLines(child, marker, output), "layerlab-bench-child");
        reader.setDaemon(true);
        reader.start();
        String line = marker.poll(CHILD_LIMIT_SECONDS, TimeUnit.SECONDS);
        long seen = System.nanoTime();
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
        reader.join(1000);
        if (line == null || line.isEmpty()) {
            child.destroyForcibly();
            String tail;
            synchronized (output) {
                tail = String.join("\n", output.subList(Math.max(0, output.size() - 15), output.size()));
            }
            throw new CliException("the studio probe '" + probe + "' printed no result (exit code "
                    + (child.isAlive() ? "none, killed" : child.exitValue()) + "); its last output:\n" + tail);
        }
        Map<String, String> values = new HashMap<>();
        values.put(SEEN, Long.toString(seen));
        for (String part : line.substring(line.indexOf(MARKER) + MARKER.length()).split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return values;
    }

    private static void readLines(Process child, BlockingQueue<String> marker, List<String> output) {
        boolean found = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!found && line.contains(MARKER)) {
                    found = true;
                    marker.offer(line);
                }
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (IOException e) {
            // The child went away: the waiting side reports what it printed.
        }
        if (!found) {
            marker.offer("");
        }
    }

    private static Path launcher() {
        String path = System.getProperty("layerlab.launcher");
        if (path == null || !Files.isExecutable(Path.of(path))) {
            throw new CliException("the UI and start-up cases start the studio through the launcher: run them as "
                    + "'./layerlab bench --ui' or '--startup' (layerlab.launcher is " + path + ")");
        }
        return Path.of(path);
    }

    /** The display the studio runs on: the user's, or a private Xvfb server started for the bench. */
    private static final class Display implements AutoCloseable {
        private final Process xvfb;
        private final String name;

        private Display(Process xvfb, String name) {
            this.xvfb = xvfb;
            this.name = name;
        }

        static Display open() throws IOException {
            String current = System.getenv("DISPLAY");
            if (current != null && !current.isBlank()) {
                return new Display(null, current);
            }
            Process server;
            try {
                // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
                server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new CliException("there is no display (DISPLAY is not set) and Xvfb cannot be started ("
                        + e.getMessage() + "): install xvfb or run the bench in a desktop session");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String number = in.readLine();
            if (number == null || !number.strip().matches("[0-9]+")) {
                server.destroyForcibly();
                throw new CliException("Xvfb did not report a display number (it said: " + number + ")");
            }
            return new Display(server, ":" + number.strip());
        }

        void applyTo(Map<String, String> env) {
            env.put("DISPLAY", name);
        }

        String note() {
            return xvfb == null ? " (display " + name + ")" : " (private Xvfb display " + name + ", software rendering)";
        }

        @Override
        public void close() {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }
}
