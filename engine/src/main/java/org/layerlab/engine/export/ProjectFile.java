package org.layerlab.engine.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

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
        return VersionedJson.write(MAPPER, project, SCHEMA_VERSION, "project");
    }

    /** Parses a project; {@code source} names where the text came from, for messages. */
    public static Project fromJson(String json, String source) throws ProjectFileException {
        return VersionedJson.read(MAPPER, json, source, "project", SCHEMA_VERSION, Project.class);
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
