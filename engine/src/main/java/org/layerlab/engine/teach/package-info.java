/**
 * The teaching toolkit's engine side, headless and synchronous: runs several trainings one after the
 * other on the caller's thread (a UI calls it from a worker), reporting progress to a
 * {@link org.layerlab.engine.teach.RunListener} and stopping on a
 * {@link org.layerlab.engine.teach.Cancellation}. {@link org.layerlab.engine.teach.Comparison} trains
 * variants of a project on the same data and seed, {@link org.layerlab.engine.teach.Sweep} one
 * hyperparameter over a list of values, {@link org.layerlab.engine.teach.CrossValidation} holdout and
 * (iterated) K-fold; {@link org.layerlab.engine.teach.BiasVariance},
 * {@link org.layerlab.engine.teach.ActivationMath}, {@link org.layerlab.engine.teach.ScheduleTable} and
 * {@link org.layerlab.engine.teach.EarlyStoppingTrace} are the plain math behind the explorers.
 * No DL4J types: networks come from {@code engine.dl4j} as {@link org.layerlab.engine.train.TrainableModel}s.
 */
package org.layerlab.engine.teach;
