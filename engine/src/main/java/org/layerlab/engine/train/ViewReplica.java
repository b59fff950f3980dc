package org.layerlab.engine.train;

/**
 * An inference-only copy of a trained model, so the views are computed on a second thread without
 * ever touching the network that trains. The training thread copies the live parameters (and the
 * last gradients) into a staging area between minibatches; the view thread moves the staged copy
 * into its own network and computes the views from it. The two calls never overlap: the caller
 * serialises them.
 */
public interface ViewReplica extends ViewSource, AutoCloseable {

    /** Training thread, between minibatches: copies the live parameters and last gradients to the staging area. */
    void stage();

    /** View thread: moves the staged copy into the replica's network. */
    void load();

    /** Frees the replica's network; called once, after the view thread has ended. */
    @Override
    void close();
}
