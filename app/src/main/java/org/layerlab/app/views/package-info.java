/**
 * What every live view shares: the colour-blind-safe palette, fonts sized for a projector, axis
 * scales, a fast Canvas line plot with per-pixel decimation, the {@link org.layerlab.app.views.LiveView}
 * contract the training window's one AnimationTimer calls, and PNG/CSV export.
 */
package org.layerlab.app.views;
