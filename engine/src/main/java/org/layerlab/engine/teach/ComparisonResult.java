package org.layerlab.engine.teach;

import org.layerlab.engine.export.Project;

import java.util.List;
import java.util.NoSuchElementException;

/** Every variant of a comparison, trained, in the order given. */
public record ComparisonResult(Project base, List<VariantResult> variants) {

    public ComparisonResult {
        variants = List.copyOf(variants);
    }

    /** The variant with this name. */
    public VariantResult variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no variant named '" + name + "'; the variants are "
                        + variants.stream().map(VariantResult::name).toList()));
    }
}
