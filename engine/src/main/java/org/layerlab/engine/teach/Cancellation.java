package org.layerlab.engine.teach;

import java.util.concurrent.CancellationException;

/**
 * Stops a comparison, sweep or cross-validation from any thread: the runner checks it between
 * minibatches and ends by throwing a {@link CancellationException}.
 */
public final class Cancellation {

    private volatile boolean cancelled;

    /** A token nobody cancels (for the command line and tests). */
    public static Cancellation none() {
        return new Cancellation();
    }

    /** Asks the runner to stop after the current minibatch. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws when cancelled; the runner calls it between minibatches. */
    void check() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
