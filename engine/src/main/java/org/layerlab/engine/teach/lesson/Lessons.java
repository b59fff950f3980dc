package org.layerlab.engine.teach.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.export.ProjectFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads lesson files ({@code sample-data/lessons/*.json}, ordered by file name): JSON with a
 * {@code schemaVersion}, read strictly (an unknown field is an error that names it).
 */
public final class Lessons {

    /** The lesson schema version this build writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;
    /** The lessons' folder inside sample-data. */
    public static final String FOLDER = "lessons";

    private Lessons() {
    }

    /** The bundled lessons folder. */
    public static Path folder() {
        return SampleData.root().resolve(FOLDER);
    }

    /** Every lesson of the bundled folder, in file-name order. */
    public static List<Lesson> all() throws LessonFileException {
        return all(folder());
    }

    /** Every {@code *.json} lesson of {@code folder}, in file-name order. */
    public static List<Lesson> all(Path folder) throws LessonFileException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new LessonFileException("cannot list the lessons in " + folder + ": " + e.getMessage(), e);
        }
        List<Lesson> lessons = new ArrayList<>();
        for (Path f : files) {
            lessons.add(read(f));
        }
        return lessons;
    }

    /** The bundled lesson with this id, or the lesson in this file when {@code idOrFile} is a path to one. */
    public static Lesson find(String idOrFile) throws LessonFileException {
        if (idOrFile.endsWith(".json")) {
            return read(Path.of(idOrFile));
        }
        List<Lesson> all = all();
        return all.stream().filter(l -> l.id().equals(idOrFile)).findFirst()
                .orElseThrow(() -> new LessonFileException("no lesson '" + idOrFile + "'; the lessons are: "
                        + String.join(", ", all.stream().map(Lesson::id).toList())));
    }

    public static Lesson read(Path file) throws LessonFileException {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new LessonFileException(file + " does not exist", e);
        } catch (IOException e) {
            throw new LessonFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a lesson; {@code source} names where the text came from, for messages. */
    public static Lesson fromJson(String json, String source) throws LessonFileException {
        JsonNode root;
        try {
            root = ProjectFile.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new LessonFileException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!(root instanceof ObjectNode object) || !root.path("schemaVersion").canConvertToInt()) {
            throw new LessonFileException(source + " is not a LayerLab lesson: it has no schemaVersion");
        }
        int version = root.get("schemaVersion").asInt();
        if (version < 1 || version > SCHEMA_VERSION) {
            throw new LessonFileException(source + " has lesson schema version " + version + "; this LayerLab reads 1.."
                    + SCHEMA_VERSION);
        }
        ObjectNode body = object.deepCopy();
        body.remove("schemaVersion");
        try {
            return ProjectFile.mapper().treeToValue(body, Lesson.class);
        } catch (JsonProcessingException e) {
            throw new LessonFileException(source + " is not a valid lesson: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new LessonFileException(source + " is not a valid lesson: " + e.getMessage(), e);
        }
    }

    /** The lesson as JSON, with the schema version first. */
    public static String toJson(Lesson lesson) {
        ObjectNode root = ProjectFile.mapper().createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.setAll((ObjectNode) ProjectFile.mapper().valueToTree(lesson));
        try {
            return ProjectFile.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write lesson " + lesson.id() + " as JSON", e);
        }
    }
}
