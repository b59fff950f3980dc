/**
 * The LayerLab studio: {@link org.layerlab.app.Launcher} starts {@link org.layerlab.app.StudioApp}, which
 * builds the main window from the feature packages (canvas, inspector, dataset, training, shell, help).
 */
package org.layerlab.app;
