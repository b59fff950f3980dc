package org.layerlab.engine.teach.lesson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.teach.ProjectEdit;
import org.layerlab.engine.teach.SweepParameter;
import org.layerlab.engine.teach.SweepSpec;
import org.layerlab.engine.teach.ValidationPlan;
import org.layerlab.engine.teach.Variant;

import java.util.List;

/** What a lesson trains: its project alone, variants of it side by side, a sweep, or validation methods. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Experiment.Single.class, name = "single"),
        @JsonSubTypes.Type(value = Experiment.Compare.class, name = "compare"),
        @JsonSubTypes.Type(value = Experiment.SweepRun.class, name = "sweep"),
        @JsonSubTypes.Type(value = Experiment.Validation.class, name = "validation")
})
public sealed interface Experiment {

    /** Names of the runs this experiment produces, in training order. */
    List<String> runNames();

    /** The project trained once, under the name {@code name}. */
    record Single(String name) implements Experiment {
        public Single {
            name = name == null || name.isBlank() ? "model" : name;
        }

        @Override
        public List<String> runNames() {
            return List.of(name);
        }
    }

    /** Variants of the lesson's project, each its edits applied to it (no edits: the project as it is). */
    record Compare(List<VariantSpec> variants) implements Experiment {
        public Compare {
            variants = List.copyOf(variants);
            if (variants.isEmpty()) {
                throw new IllegalArgumentException("a comparison needs at least one variant, found none");
            }
        }

        @Override
        public List<String> runNames() {
            return variants.stream().map(VariantSpec::name).toList();
        }

        /** The variants as projects. */
        public List<Variant> variantsOf(Project base) {
            return variants.stream().map(v -> Variant.of(v.name(), base, v.edits())).toList();
        }
    }

    /** A named variant: a list of edits. */
    record VariantSpec(String name, List<ProjectEdit> edits) {
        public VariantSpec {
            edits = edits == null ? List.of() : List.copyOf(edits);
        }
    }

    /** One hyperparameter over values; runs are named by {@link SweepSpec#label}. */
    record SweepRun(SweepParameter parameter, String node, List<Double> values) implements Experiment {
        public SweepSpec spec() {
            return new SweepSpec(parameter, node, values);
        }

        @Override
        public List<String> runNames() {
            SweepSpec spec = spec();
            return values.stream().map(spec::label).toList();
        }
    }

    /**
     * Validation methods on the same project; each plan's folds are named "holdout" or "kfold fold 1"..., and
     * its final model "holdout final" / "kfold final".
     */
    record Validation(List<ValidationPlan> plans) implements Experiment {
        public Validation {
            plans = List.copyOf(plans);
        }

        @Override
        public List<String> runNames() {
            return plans.stream().map(p -> p.method().key() + " final").toList();
        }
    }
}
