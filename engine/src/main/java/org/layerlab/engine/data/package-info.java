/**
 * Datasets: seeded generators of the toy sets, the MNIST IDX and CSV loaders, train/validation/test
 * splits and K-fold, and normalizers fitted on the training split only. Plain Java, no DL4J types.
 */
package org.layerlab.engine.data;
