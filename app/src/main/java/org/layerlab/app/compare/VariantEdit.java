package org.layerlab.app.compare;

import java.util.List;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.Format;
import org.layerlab.engine.teach.ProjectEdit;
import org.layerlab.engine.train.Optimizer;

/**
 * The changes the Compare window offers for making a variant, each turned into engine
 * {@link ProjectEdit}s with a name for the legend. Layer targets are node ids; {@link #EVERY_LAYER}
 * stands for the training default that reaches every layer.
 */
public enum VariantEdit {
    ADD_DROPOUT("Add Dropout (rate) after", true, "0.5"),
    L2("L2 lambda on", true, "0.01"),
    UNITS("Units of", true, "64"),
    OPTIMIZER("Optimizer", false, "adam"),
    LEARNING_RATE("Learning rate", false, "0.1");

    /** The node choice meaning "the training default, every layer" (L2 only). */
    public static final String EVERY_LAYER = "every layer";

    private final String label;
    private final boolean needsNode;
    private final String example;

    VariantEdit(String label, boolean needsNode, String example) {
        this.label = label;
        this.needsNode = needsNode;
        this.example = example;
    }

    public boolean needsNode() {
        return needsNode;
    }

    /** A value to start from ("0.5", "adam"). */
    public String example() {
        return example;
    }

    /** The edits and the legend name for {@code value} on {@code node}; bad input fails naming the value. */
    public Made make(String node, String value) {
        String v = value == null ? "" : value.trim();
        if (needsNode && (node == null || node.isBlank())) {
            throw new IllegalArgumentException(label + ": choose a layer first");
        }
        return switch (this) {
            case ADD_DROPOUT -> {
                double rate = number(v, "dropout rate");
                if (!(rate > 0 && rate < 1)) {
                    throw new IllegalArgumentException("dropout rate must be above 0 and below 1, found " + v);
                }
                yield new Made("Dropout " + Format.decimal(rate) + " after " + node,
                        List.of(ProjectEdit.insert(node, null, new DropoutSpec(rate))));
            }
            case L2 -> {
                double lambda = number(v, "L2 lambda");
                if (!(lambda >= 0)) {
                    throw new IllegalArgumentException("L2 lambda must be 0 or more, found " + v);
                }
                yield EVERY_LAYER.equals(node)
                        ? new Made("L2 λ " + Format.decimal(lambda), List.of(ProjectEdit.setTraining("l2", lambda)))
                        : new Made("L2 λ " + Format.decimal(lambda) + " on " + node,
                        List.of(ProjectEdit.setLayer(node, "l2", lambda)));
            }
            case UNITS -> {
                double units = number(v, "units");
                if (units != Math.rint(units) || units < 1 || units > 4096) {
                    throw new IllegalArgumentException("units must be a whole number 1..4096, found " + v);
                }
                yield new Made(node + " " + (int) units + " units", List.of(ProjectEdit.setLayer(node, "units",
                        (int) units)));
            }
            case OPTIMIZER -> {
                Optimizer o;
                try {
                    o = Optimizer.fromKey(v.toLowerCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("optimizer must be one of " + java.util.Arrays.stream(
                            Optimizer.values()).map(Optimizer::key).toList() + ", found '" + v + "'");
                }
                yield new Made(o.displayName(), List.of(ProjectEdit.setTraining("optimizer", o.key()),
                        ProjectEdit.setTraining("learningRate", o.defaultLearningRate())));
            }
            case LEARNING_RATE -> {
                double lr = number(v, "learning rate");
                if (!(lr > 0 && lr <= 10)) {
                    throw new IllegalArgumentException("learning rate must be above 0 and at most 10, found " + v);
                }
                yield new Made("learning rate " + Format.decimal(lr), List.of(ProjectEdit.setTraining("learningRate",
                        lr)));
            }
        };
    }

    /** A variant's edits and its legend name. */
    public record Made(String name, List<ProjectEdit> edits) {
    }

    private static double number(String v, String what) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, found '" + v + "'");
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
