/** Help: the concepts window (layers, optimizers, regularization in the lecture notes' terms), shortcuts, about. */
package org.layerlab.app.help;
