/**
 * Training: the config with every hyperparameter, the run that owns the epoch loop on a worker
 * thread, early stopping and schedules, the immutable snapshots the views draw, and the mailbox
 * that hands them to other threads.
 */
package org.layerlab.engine.train;
