package org.layerlab.engine.teach;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.graph.Format;

import java.util.Iterator;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * Reads and writes settings by their file names ("units", "earlyStopping.patience",
 * "knobs.labelNoise"), through the same JSON form the project files use, so every setting a file
 * can hold can be edited and compared without a line of code per field.
 */
final class JsonFields {

    private static final ObjectMapper MAPPER = ProjectFile.mapper();

    private JsonFields() {
    }

    /** {@code value} with the field at {@code path} set to {@code newValue}; unknown fields are refused by name. */
    static <T> T with(T value, Class<T> type, String path, JsonNode newValue) {
        ObjectNode tree = MAPPER.valueToTree(value);
        ObjectNode parent = tree;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            if (!(child instanceof ObjectNode object)) {
                throw new IllegalArgumentException(unknown(path, tree));
            }
            parent = object;
        }
        String leaf = parts[parts.length - 1];
        if (!parent.has(leaf)) {
            throw new IllegalArgumentException(unknown(path, tree));
        }
        parent.set(leaf, newValue);
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot set " + path + " to " + newValue + ": "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    /** Every leaf of {@code value}'s JSON form as "path -> text", in the order of the file. */
    static Map<String, String> flatten(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", MAPPER.valueToTree(value), out);
        return out;
    }

    /** A JSON value as a person reads it: 0.5, 16, relu, true, null. */
    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "none";
        }
        if (node.isFloatingPointNumber()) {
            return Format.decimal(node.asDouble());
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    static JsonNode node(Object value) {
        return MAPPER.valueToTree(value);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out);
            }
        } else {
            out.put(prefix, text(node));
        }
    }

    private static String unknown(String path, ObjectNode tree) {
        return "no setting '" + path + "'; expected one of: " + String.join(", ", flatten(tree).keySet());
    }

    private static Map<String, String> flatten(ObjectNode tree) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", tree, out);
        return out;
    }
}
