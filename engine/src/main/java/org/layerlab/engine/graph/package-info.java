/** The model graph: immutable layer specs, nodes and edges, validation and the graph's JSON form. */
package org.layerlab.engine.graph;
