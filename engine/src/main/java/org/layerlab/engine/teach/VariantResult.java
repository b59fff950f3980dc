package org.layerlab.engine.teach;

import java.util.List;

/**
 * One trained variant of a comparison.
 *
 * @param name        the variant's name
 * @param differences what differs from the base project, one line each (see {@link ProjectDiff})
 * @param run         how it trained
 */
public record VariantResult(String name, List<String> differences, RunResult run) {

    public VariantResult {
        differences = List.copyOf(differences);
    }
}
