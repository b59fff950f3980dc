/**
 * The inspector: edits the selected node's settings with bounded editors; every change is one
 * undoable edit through the canvas' {@code GraphEditor}.
 */
package org.layerlab.app.inspector;
