package org.layerlab.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.layerlab.engine.teach.RunListener;
import org.layerlab.engine.teach.RunResult;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.EpochMetrics;

/**
 * The latest progress of a series of runs (comparison, sweep, lesson check): the engine's worker
 * thread fills it through {@link RunListener}, a window's one frame loop reads a copy when the version
 * moved. Nothing is posted to the FX thread per epoch.
 */
public final class RunFeed implements RunListener {

    /** What one run has shown so far. */
    public record RunProgress(String name, List<EpochMetrics> series, DecisionSurface surface, RunResult result) {
    }

    /** A consistent copy of every run's progress. */
    public record Snapshot(long version, int total, int current, List<RunProgress> runs) {

        /** "Run 2 of 3 · with dropout · epoch 14", or "" before the first run starts. */
        public String status() {
            if (current < 0 || current >= runs.size()) {
                return "";
            }
            RunProgress r = runs.get(current);
            String epoch = r.series().isEmpty() ? "starting" : "epoch " + r.series().get(r.series().size() - 1).epoch();
            return "Run " + (current + 1) + " of " + total + " · " + r.name() + " · " + epoch;
        }
    }

    private final AtomicLong version = new AtomicLong();
    private final List<String> names = new ArrayList<>();
    private final List<List<EpochMetrics>> series = new ArrayList<>();
    private final List<DecisionSurface> surfaces = new ArrayList<>();
    private final List<RunResult> results = new ArrayList<>();
    private int total;
    private int current = -1;

    @Override
    public synchronized void runStarted(int index, int total, String name) {
        this.total = total;
        ensure(index);
        names.set(index, name);
        series.get(index).clear();
        current = index;
        version.incrementAndGet();
    }

    @Override
    public synchronized void epochDone(int index, String name, EpochMetrics metrics) {
        ensure(index);
        series.get(index).add(metrics);
        version.incrementAndGet();
    }

    @Override
    public synchronized void surfaceUpdated(int index, String name, DecisionSurface surface) {
        ensure(index);
        surfaces.set(index, surface);
        version.incrementAndGet();
    }

    @Override
    public synchronized void runFinished(int index, RunResult result) {
        ensure(index);
        results.set(index, result);
        if (result.surface() != null) {
            surfaces.set(index, result.surface());
        }
        version.incrementAndGet();
    }

    /** Cheap check before copying: the version moves with every event. */
    public long version() {
        return version.get();
    }

    /** A copy of everything heard so far. */
    public synchronized Snapshot snapshot() {
        List<RunProgress> runs = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            runs.add(new RunProgress(names.get(i), List.copyOf(series.get(i)), surfaces.get(i), results.get(i)));
        }
        return new Snapshot(version.get(), total, current, List.copyOf(runs));
    }

    private void ensure(int index) {
        while (names.size() <= index) {
            names.add("run " + (names.size() + 1));
            series.add(new ArrayList<>());
            surfaces.add(null);
            results.add(null);
        }
    }
}
