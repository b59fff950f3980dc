/**
 * Training: the run controls, the hyperparameter panel, and the view model that owns the engine's
 * {@code TrainingRun} and the window's one {@code AnimationTimer}, which drains the run's mailbox once
 * per frame into read-only properties.
 */
package org.layerlab.app.training;
