package org.layerlab.engine.teach;

import java.util.Objects;

/**
 * How a series of runs is carried out: what each run collects, who hears about progress, how a caller
 * stops it, and (optionally) where finished runs are remembered for reuse.
 *
 * @param options  what each run collects besides its metrics
 * @param listener told about progress, on the training thread
 * @param cancel   checked between minibatches
 * @param cache    finished runs to reuse, or null to train everything
 */
public record RunContext(RunOptions options, RunListener listener, Cancellation cancel, RunCache cache) {

    public RunContext {
        Objects.requireNonNull(options, "options");
        listener = listener == null ? RunListener.NONE : listener;
        cancel = cancel == null ? Cancellation.none() : cancel;
    }

    /** Figures only, nobody listening, never cancelled, no cache: for the command line and tests. */
    public static RunContext headless() {
        return new RunContext(RunOptions.figuresOnly(), RunListener.NONE, Cancellation.none(), null);
    }

    public RunContext withOptions(RunOptions o) {
        return new RunContext(o, listener, cancel, cache);
    }

    public RunContext withListener(RunListener l) {
        return new RunContext(options, l, cancel, cache);
    }

    public RunContext withCancellation(Cancellation c) {
        return new RunContext(options, listener, c, cache);
    }

    public RunContext withCache(RunCache c) {
        return new RunContext(options, listener, cancel, c);
    }
}
