package org.layerlab.engine.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes project files ({@code .layerlab.json}): the project as JSON under a
 * {@code schemaVersion}. A file of a future version, or of no known version, is refused with a
 * message that says which version it is; saving goes through a temporary file and an atomic move.
 */
public final class ProjectFile {

    /** The schema version this build writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ProjectFile() {
    }

    /** The shared mapper configured for LayerLab's JSON forms. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Project project) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.setAll((ObjectNode) MAPPER.valueToTree(project));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write project as JSON", e);
        }
    }

    /** Parses a project; {@code source} names where the text came from, for messages. */
    public static Project fromJson(String json, String source) throws ProjectFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source + " is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new ProjectFileException(source + " is not a LayerLab project: expected a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ProjectFileException(source + " is not a LayerLab project: it has no schemaVersion");
        }
        int v = version.asInt();
        if (v > SCHEMA_VERSION) {
            throw new ProjectFileException(source + " was written with project schema version " + v
                    + ", newer than this LayerLab reads (" + SCHEMA_VERSION + "): update LayerLab to open it");
        }
        if (v < 1) {
            throw new ProjectFileException(source + " has an unknown project schema version " + v);
        }
        ObjectNode body = ((ObjectNode) root).deepCopy();
        body.remove("schemaVersion");
        try {
            return MAPPER.treeToValue(body, Project.class);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source + " is not a valid LayerLab project: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(source + " is not a valid LayerLab project: " + e.getMessage(), e);
        }
    }

    public static Project read(Path file) throws ProjectFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file + " does not exist", e);
        } catch (IOException e) {
            throw new ProjectFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return fromJson(text, file.getFileName().toString());
    }

    /** Writes atomically: a temporary file beside the target, then a move over it. */
    public static void write(Project project, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".layerlab-", ".tmp");
        try {
            Files.writeString(tmp, toJson(project), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
