package org.layerlab.engine.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * LayerLab's JSON forms: a value's fields plus a {@code schemaVersion}. Reading refuses a missing,
 * unknown or newer version, and malformed JSON, with messages that name the source and the value.
 */
final class VersionedJson {

    private VersionedJson() {
    }

    static String write(ObjectMapper mapper, Object value, int version, String what) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", version);
        root.setAll((ObjectNode) mapper.valueToTree(value));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the " + what + " as JSON", e);
        }
    }

    /**
     * Parses {@code json} into {@code type}; {@code what} ("project", "graph") and {@code source}
     * (a file name, "clipboard") appear in the messages.
     */
    static <T> T read(ObjectMapper mapper, String json, String source, String what, int newestVersion, Class<T> type)
            throws ProjectFileException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source + " is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new ProjectFileException(source + " is not a LayerLab " + what + ": expected a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ProjectFileException(source + " is not a LayerLab " + what + ": it has no schemaVersion");
        }
        int v = version.asInt();
        if (v > newestVersion) {
            throw new ProjectFileException(source + " was written with " + what + " schema version " + v
                    + ", newer than this LayerLab reads (" + newestVersion + "): update LayerLab to open it");
        }
        if (v < 1) {
            throw new ProjectFileException(source + " has an unknown " + what + " schema version " + v);
        }
        ObjectNode body = ((ObjectNode) root).deepCopy();
        body.remove("schemaVersion");
        try {
            return mapper.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source + " is not a valid LayerLab " + what + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(source + " is not a valid LayerLab " + what + ": " + e.getMessage(), e);
        }
    }
}
