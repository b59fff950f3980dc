package org.layerlab.engine.teach;

import org.layerlab.engine.export.Project;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers finished runs by what they train: the same graph, dataset settings, training config and
 * options give the same numbers (the runner is deterministic for a fixed seed), so a lesson opened
 * again, or a baseline that several lessons share, trains once. The oldest entries go first beyond
 * {@code capacity}. Thread-safe.
 */
public final class RunCache {

    private record Key(Project project, RunOptions options) {
    }

    private final int capacity;
    private final Map<Key, RunResult> runs;

    public RunCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the cache needs room for at least 1 run, found " + capacity);
        }
        this.capacity = capacity;
        this.runs = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The remembered run of {@code project} with these options, renamed to {@code name}, or null. */
    synchronized RunResult get(String name, Project project, RunOptions options) {
        RunResult hit = runs.get(key(project, options));
        return hit == null ? null : renamed(hit, name);
    }

    synchronized void put(Project project, RunOptions options, RunResult result) {
        runs.put(key(project, options), result);
        while (runs.size() > capacity) {
            runs.remove(runs.keySet().iterator().next());
        }
    }

    /** Runs remembered now. */
    public synchronized int size() {
        return runs.size();
    }

    /** Names and descriptions do not change what trains. */
    private static Key key(Project project, RunOptions options) {
        return new Key(new Project("", "", project.graph(), project.dataset(), project.training()), options);
    }

    private static RunResult renamed(RunResult r, String name) {
        return new RunResult(name, r.series(), r.ending(), r.message(), r.bestEpoch(), r.train(), r.validation(),
                r.test(), r.firstEpochGradients(), r.initialActivations(), r.finalActivations(), r.weights(),
                r.surface(), r.layerEffects(), r.elapsedMillis());
    }
}
