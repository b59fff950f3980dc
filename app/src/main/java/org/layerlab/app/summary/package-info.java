/**
 * The model summary as Keras prints it: one row per layer with its output shape and parameter
 * count, and the total, trainable and non-trainable parameters.
 */
package org.layerlab.app.summary;
