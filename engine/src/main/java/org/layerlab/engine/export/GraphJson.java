package org.layerlab.engine.export;

import org.layerlab.engine.graph.ModelGraph;

/**
 * The graph alone as JSON under a {@code schemaVersion}: for the clipboard and for the graph stored
 * inside an exported model. It is the {@code graph} part of a project file, so it shares the
 * project's mapper and version number and is refused by the same rules.
 */
public final class GraphJson {

    /** The version this build writes and the newest it reads: the project file's, as the graph is part of it. */
    public static final int SCHEMA_VERSION = ProjectFile.SCHEMA_VERSION;

    private GraphJson() {
    }

    public static String toJson(ModelGraph graph) {
        return VersionedJson.write(ProjectFile.mapper(), graph, SCHEMA_VERSION, "graph");
    }

    /** Parses a graph; {@code source} names where the text came from ("clipboard", a file name), for messages. */
    public static ModelGraph fromJson(String json, String source) throws ProjectFileException {
        return VersionedJson.read(ProjectFile.mapper(), json, source, "graph", SCHEMA_VERSION, ModelGraph.class);
    }
}
