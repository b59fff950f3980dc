package org.layerlab.engine.teach;

import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.Format;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sweep: one hyperparameter, the values to try, and where they go. {@code node} names the layer for
 * layer settings; null means every layer it applies to: for L1/L2 the training default, which reaches
 * every Dense and the output layer (each Dense's own penalty is cleared so lambda 0 really is none);
 * for dropout every Dropout layer; for units every Dense layer.
 *
 * @param parameter what varies
 * @param node      the layer it applies to, or null (see above)
 * @param values    the values, in the order to train and plot them
 */
public record SweepSpec(SweepParameter parameter, String node, List<Double> values) {

    public SweepSpec {
        Objects.requireNonNull(parameter, "parameter");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one value, found none");
        }
    }

    /** The notes' lambdas on a log scale: 0, then 0.01 doubled ten times up to 10.24 (12 values). */
    public static List<Double> notesLambdas() {
        return doubling(0.01, 10, true);
    }

    /**
     * {@code first}, doubled {@code doublings} times ({@code doublings + 1} values), after a 0 when
     * {@code withZero}; rounded to 10 decimals so 0.01 * 2^10 prints as 10.24.
     */
    public static List<Double> doubling(double first, int doublings, boolean withZero) {
        List<Double> values = new ArrayList<>();
        if (withZero) {
            values.add(0.0);
        }
        for (int i = 0; i <= doublings; i++) {
            values.add(Math.round(first * Math.pow(2, i) * 1e10) / 1e10);
        }
        return values;
    }

    /** The project with {@code value} applied; refuses a value or target that makes no sense, naming it. */
    public Project apply(Project base, double value) {
        check(value);
        ModelGraph graph = base.graph();
        return switch (parameter) {
            case L2, L1 -> penalty(base, value);
            case LEARNING_RATE -> base.withTraining(base.training().withLearningRate(value));
            case DROPOUT_RATE -> ProjectEdit.setLayer(target(graph, LayerKind.DROPOUT), "rate", value).apply(base);
            case HIDDEN_UNITS -> ProjectEdit.setLayer(target(graph, LayerKind.DENSE), "units", (int) value).apply(base);
            case TRAINING_SIZE -> base.withDataset(base.dataset().withKnobs(
                    base.dataset().knobs().withTrainingSize((int) value)));
            case LABEL_NOISE -> base.withDataset(base.dataset().withKnobs(
                    base.dataset().knobs().withLabelNoise(value)));
        };
    }

    /** How a value reads in a legend: "λ (L2) = 0.04", "hidden units = 64". */
    public String label(double value) {
        return parameter.axisLabel() + " = " + Format.decimal(parameter.isCount() ? Math.rint(value) : value);
    }

    private Project penalty(Project base, double value) {
        String field = parameter == SweepParameter.L2 ? "l2" : "l1";
        if (node == null) {
            Project cleared = base;
            if (!base.graph().nodesOfKind(LayerKind.DENSE).isEmpty()) {
                cleared = ProjectEdit.setLayer("all:dense", field, 0.0).apply(base);
            }
            double l1 = parameter == SweepParameter.L1 ? value : base.training().l1();
            double l2 = parameter == SweepParameter.L2 ? value : base.training().l2();
            return cleared.withTraining(base.training().withPenalties(l1, l2));
        }
        Node n = base.graph().require(node);
        if (n.kind() != LayerKind.DENSE) {
            throw new IllegalArgumentException("an " + field.toUpperCase() + " sweep needs a Dense layer, but '" + node
                    + "' is " + n.kind().displayName());
        }
        double fallback = parameter == SweepParameter.L2 ? base.training().l2() : base.training().l1();
        if (value == 0 && fallback > 0) {
            throw new IllegalArgumentException("lambda 0 on '" + node + "' would fall back to the training default "
                    + Format.decimal(fallback) + "; sweep every layer (no node) instead");
        }
        return ProjectEdit.setLayer(node, field, value).apply(base);
    }

    private String target(ModelGraph graph, LayerKind kind) {
        if (node != null) {
            Node n = graph.require(node);
            if (n.kind() != kind) {
                throw new IllegalArgumentException("a " + parameter.key() + " sweep needs a " + kind.displayName()
                        + " layer, but '" + node + "' is " + n.kind().displayName());
            }
            return node;
        }
        return "all:" + kind.key();
    }

    private void check(double value) {
        boolean ok = switch (parameter) {
            case L2, L1 -> value >= 0 && Double.isFinite(value);
            case LEARNING_RATE -> value > 0 && Double.isFinite(value);
            case DROPOUT_RATE -> value >= 0 && value < 1;
            case HIDDEN_UNITS -> value >= 1 && value <= 4096 && value == Math.rint(value);
            case TRAINING_SIZE -> value >= 1 && value == Math.rint(value);
            case LABEL_NOISE -> value >= 0 && value <= 1;
        };
        if (!ok) {
            String range = switch (parameter) {
                case L2, L1 -> "0 or more";
                case LEARNING_RATE -> "above 0";
                case DROPOUT_RATE -> "0 up to (not including) 1";
                case HIDDEN_UNITS -> "a whole number 1..4096";
                case TRAINING_SIZE -> "a whole number 1 or more";
                case LABEL_NOISE -> "0..1";
            };
            throw new IllegalArgumentException(parameter.axisLabel() + " must be " + range + ", found "
                    + Format.decimal(value));
        }
    }
}
