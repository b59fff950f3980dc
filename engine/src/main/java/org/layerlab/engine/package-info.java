/**
 * LayerLab's engine: {@link org.layerlab.engine.Engine} is the front door that turns a project into a
 * training run; the sub-packages hold the graph, the data, the DL4J compiler, the training loop, the
 * file formats and the command line. Nothing here imports JavaFX.
 */
package org.layerlab.engine;
