/**
 * The model graph: immutable layer specs, nodes and edges, validation, shape and parameter
 * inference, the Keras-style summary and the graph's JSON form.
 */
package org.layerlab.engine.graph;
