/**
 * {@code layerlab bench --ui}: measures what the live views cost in the real studio window (training
 * speed with the views shown and hidden, and how long the FX thread's frames take).
 */
package org.layerlab.app.bench;
