package org.layerlab.engine.teach;

import org.layerlab.engine.data.DataException;
import org.layerlab.engine.export.Project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Trains variants of a base project one after the other, honestly: variants with the same dataset
 * settings train on the very same prepared data, each keeps its project's seed (the same unless a
 * variant changes it), and DL4J initialises layers of the same shapes identically from the same
 * seed, so a layer that only adds or removes a parameter-free layer (dropout, noise) starts from
 * the same weights.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * Trains every variant; the result lists each one's metrics and its differences from {@code base}.
     *
     * @throws DataException when a variant's data cannot be prepared
     * @throws org.layerlab.engine.InvalidProjectException when a variant cannot be trained (named in the message)
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static ComparisonResult run(Project base, List<Variant> variants, RunContext context) throws DataException {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one variant, found none");
        }
        Set<String> names = new HashSet<>();
        for (Variant v : variants) {
            if (!names.add(v.name())) {
                throw new IllegalArgumentException("two variants are named '" + v.name() + "'");
            }
        }
        DataCache data = new DataCache();
        List<VariantResult> results = new ArrayList<>(variants.size());
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            context.listener().runStarted(i, variants.size(), v.name());
            RunResult run = Trainer.runCached(v.name(), v.project(), data.get(v.project().dataset()), context, i);
            context.listener().runFinished(i, run);
            results.add(new VariantResult(v.name(), ProjectDiff.between(base, v.project()), run));
        }
        return new ComparisonResult(base, results);
    }
}
