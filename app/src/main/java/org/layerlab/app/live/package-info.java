/**
 * The live views mounted in the studio: which view goes where, and what feeds them (the run's
 * mailbox once per frame, the run's graph and data, the graph being edited). The views themselves
 * live in their own packages ({@code charts}, {@code boundary}, {@code histograms}, ...).
 */
package org.layerlab.app.live;
