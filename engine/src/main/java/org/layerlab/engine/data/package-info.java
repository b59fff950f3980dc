/**
 * Datasets: seeded generators of the toy sets ({@link org.layerlab.engine.data.DatasetGenerator}, one class
 * per set), the MNIST IDX and CSV loaders, train/validation/test splits and K-fold, and normalizers fitted on
 * the training split only, and the teaching knobs ({@link org.layerlab.engine.data.DataKnobs}: label noise,
 * training-set size, a feature's scale, MNIST augmentation by {@link org.layerlab.engine.data.MnistAugmenter}).
 * {@link org.layerlab.engine.data.DataPipeline#prepare} turns a
 * {@link org.layerlab.engine.data.DatasetSpec} into {@link org.layerlab.engine.data.PreparedData}; problems
 * with the data come back as a checked {@link org.layerlab.engine.data.DataException} whose message names the
 * file, line, column or setting and the value. Plain Java, no DL4J types; randomness comes from
 * {@link java.util.Random} seeded from the spec, so a saved project regenerates the same data.
 */
package org.layerlab.engine.data;
