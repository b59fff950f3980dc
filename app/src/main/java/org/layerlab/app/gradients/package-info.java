/**
 * Gradient flow: per-layer gradient norms over the run and, for the latest minibatch, each layer's
 * gradient norm and update-to-parameter ratio, so vanishing gradients in a deep sigmoid network show.
 */
package org.layerlab.app.gradients;
