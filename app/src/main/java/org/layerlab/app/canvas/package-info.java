/**
 * The layer canvas: the graph document ({@link org.layerlab.app.canvas.GraphEditor}: current graph,
 * undo/redo, selection, clipboard, problems), the palette of layer kinds and the canvas that shows
 * nodes and edges and turns mouse and keyboard gestures into undoable edits.
 */
package org.layerlab.app.canvas;
