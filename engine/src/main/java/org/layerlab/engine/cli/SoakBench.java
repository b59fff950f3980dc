package org.layerlab.engine.cli;

import org.layerlab.engine.Engine;
import org.layerlab.engine.cli.BenchTable.Goal;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.train.RunState;
import org.layerlab.engine.train.TrainingRun;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The soak case: the moons run at full speed with its views for some minutes, resident memory
 * (VmRSS of /proc/self/status) sampled each minute. Memory must stay flat within 10 % after the
 * first minute, which is when heap, native buffers and workspaces have reached their working size.
 */
final class SoakBench {

    private SoakBench() {
    }

    static void run(Project moons, PreparedData data, int minutes, BenchTable table, List<String> notes,
                    PrintWriter progress) throws InterruptedException {
        Project endless = moons.withTraining(moons.training().withEpochs(100_000_000));
        double[] rssMb = new double[minutes + 1];
        rssMb[0] = residentMegabytes();
        int epochs;
        try (TrainingRun run = Engine.prepareRun(endless, data)) {
            run.start();
            long start = System.nanoTime();
            for (int m = 1; m <= minutes; m++) {
                long due = start + Duration.ofMinutes(m).toNanos();
                if (run.awaitState(RunState::isOver, Duration.ofNanos(Math.max(0, due - System.nanoTime())))) {
                    throw new CliException("the soak run ended after " + m + " minutes: " + run.status().message());
                }
                rssMb[m] = residentMegabytes();
                progress.printf(Locale.ROOT, "# soak minute %d/%d: resident memory %,.0f MB, epoch %,d%n", m, minutes,
                        rssMb[m], run.status().epoch());
                progress.flush();
            }
            epochs = run.status().epoch();
            run.stop();
        }
        double first = rssMb[Math.min(1, minutes)];
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (int m = 1; m <= minutes; m++) {
            low = Math.min(low, rssMb[m]);
            high = Math.max(high, rssMb[m]);
        }
        double spread = 100 * (high - low) / first;
        table.row("soak resident memory spread after minute 1", spread, Double.NaN, "%", Goal.AT_MOST, 10);
        table.row("soak resident memory at the end", rssMb[minutes], Double.NaN, "MB", Goal.NONE, 0);
        StringBuilder series = new StringBuilder();
        for (double mb : rssMb) {
            series.append(series.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", mb));
        }
        notes.add(String.format(Locale.ROOT, "soak: moons with views at full speed for %d minutes, %,d epochs; "
                + "resident MB each minute from the start: %s.", minutes, epochs, series));
    }

    /** VmRSS of this process in megabytes, or NaN where /proc is not available. */
    static double residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
