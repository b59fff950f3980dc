/**
 * Headless TestFX tests of the canvas and palette on their own (no main window), and a preview main
 * that writes a screenshot of them for judging the look.
 */
package org.layerlab.uitests.canvas;
