/**
 * The decision boundary of a 2-D classifier: class probabilities over a grid as a heatmap with the
 * training (and optionally validation) points on top; for 1-D regression, the fitted curve over the data.
 */
package org.layerlab.app.boundary;
