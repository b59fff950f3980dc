/** Sweep one hyperparameter over a list of values and plot the validation figures against it. */
package org.layerlab.app.sweep;
