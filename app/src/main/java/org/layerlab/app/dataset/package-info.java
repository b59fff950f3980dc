/**
 * The dataset panel: which data to train on, how to split and scale it, a preview computed off the FX
 * thread, and fitting the graph's Input and Output layers to the chosen data.
 */
package org.layerlab.app.dataset;
