package org.layerlab.engine.teach.lesson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.teach.ProjectEdit;
import org.layerlab.engine.teach.SweepParameter;
import org.layerlab.engine.teach.SweepSpec;
import org.layerlab.engine.teach.ValidationPlan;
import org.layerlab.engine.teach.Variant;

import java.util.ArrayList;
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
     * Validation methods on the same project. Runs are named "holdout", "kfold fold 1", ...,
     * "iterated_kfold round 2, fold 3", and each method's final model "holdout final", "kfold final".
     */
    record Validation(List<ValidationPlan> plans) implements Experiment {
        public Validation {
            plans = List.copyOf(plans);
        }

        @Override
        public List<String> runNames() {
            List<String> names = new ArrayList<>();
            for (ValidationPlan plan : plans) {
                if (plan.method() == ValidationPlan.Method.HOLDOUT) {
                    names.add(runName(plan, "holdout"));
                } else {
                    for (int r = 0; r < plan.repetitions(); r++) {
                        for (int f = 0; f < plan.k(); f++) {
                            names.add(runName(plan, (plan.repetitions() > 1 ? "round " + (r + 1) + ", " : "")
                                    + "fold " + (f + 1)));
                        }
                    }
                }
                names.add(plan.method().key() + " final");
            }
            return names;
        }

        /** A fold's name in the lesson: "holdout", or the method's key and the fold ("kfold fold 2"). */
        static String runName(ValidationPlan plan, String foldRunName) {
            return plan.method() == ValidationPlan.Method.HOLDOUT ? foldRunName : plan.method().key() + " " + foldRunName;
        }
    }
}
