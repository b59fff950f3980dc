/**
 * Activation and weight histograms per layer on the fixed probe batch, with mean, spread, dead
 * units and saturation, and an "over time" heat strip per layer so saturation or dying units show
 * up as the run goes on.
 */
package org.layerlab.app.histograms;
