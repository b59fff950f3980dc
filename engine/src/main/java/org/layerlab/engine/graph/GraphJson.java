package org.layerlab.engine.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.export.ProjectFileException;

/**
 * The graph alone as JSON under a {@code schemaVersion}: for the clipboard and for the graph stored
 * inside an exported model. It is the {@code graph} part of a project file, so it shares the
 * project's mapper and version number and is refused by the same rules (no version, a newer one,
 * malformed JSON with its line).
 */
public final class GraphJson {

    /** The version this build writes and the newest it reads: the project file's, as the graph is part of it. */
    public static final int SCHEMA_VERSION = ProjectFile.SCHEMA_VERSION;

    private static final ObjectMapper MAPPER = ProjectFile.mapper();

    private GraphJson() {
    }

    public static String toJson(ModelGraph graph) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.setAll((ObjectNode) MAPPER.valueToTree(graph));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the graph as JSON", e);
        }
    }

    /** Parses a graph; {@code source} names where the text came from ("clipboard", a file name), for messages. */
    public static ModelGraph fromJson(String json, String source) throws ProjectFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source + " is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new ProjectFileException(source + " is not a LayerLab graph: expected a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ProjectFileException(source + " is not a LayerLab graph: it has no schemaVersion");
        }
        int v = version.asInt();
        if (v > SCHEMA_VERSION) {
            throw new ProjectFileException(source + " was written with graph schema version " + v
                    + ", newer than this LayerLab reads (" + SCHEMA_VERSION + "): update LayerLab to open it");
        }
        if (v < 1) {
            throw new ProjectFileException(source + " has an unknown graph schema version " + v);
        }
        ObjectNode body = ((ObjectNode) root).deepCopy();
        body.remove("schemaVersion");
        try {
            return MAPPER.treeToValue(body, ModelGraph.class);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source + " is not a valid LayerLab graph: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(source + " is not a valid LayerLab graph: " + e.getMessage(), e);
        }
    }
}
