package org.layerlab.engine.teach;

import org.layerlab.engine.export.Project;

import java.util.List;
import java.util.Objects;

/** A named version of a project in a comparison ("with dropout", "Adam"). */
public record Variant(String name, Project project) {

    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(project, "project");
    }

    /** The base project with {@code edits} applied in order (none: the base itself). */
    public static Variant of(String name, Project base, List<? extends ProjectEdit> edits) {
        return new Variant(name, ProjectEdit.applyAll(base, edits));
    }
}
