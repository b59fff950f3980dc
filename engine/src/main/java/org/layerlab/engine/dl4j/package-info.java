/**
 * The only package that knows Deeplearning4j and ND4J: compiles a {@code ModelGraph} into a
 * {@code MultiLayerNetwork} (chains) or {@code ComputationGraph} (branches), feeds it normalised
 * minibatches, copies snapshots out of it (activations, gradient norms, decision surfaces, layer
 * effects), exports it as a plain DL4J zip and loads such zips back. Nothing outside this package
 * sees a DL4J type.
 */
package org.layerlab.engine.dl4j;
