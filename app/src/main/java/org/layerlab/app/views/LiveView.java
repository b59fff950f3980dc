package org.layerlab.app.views;

import org.layerlab.engine.train.Mailbox;

/**
 * A view the training window's one AnimationTimer feeds: {@link #drain} is called once per frame
 * on the FX thread with the current run's mailbox.
 */
public interface LiveView {

    /**
     * Takes what is new in the mailbox and repaints if anything changed and the view is showing.
     * Does nothing when nothing is new; never blocks. A different mailbox than last time means a
     * new run: the view forgets the old one first.
     */
    void drain(Mailbox mailbox);

    /** Forgets the current run's data (the shell calls it on Reset or when the project changes). */
    void clear();
}
