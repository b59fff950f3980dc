package org.layerlab.app.dataset;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DataShape;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.OutputSpec;

/**
 * Makes a graph's Input and Output layers fit a dataset: the Input gets the data's features, the
 * Output one unit per class with softmax (a single sigmoid unit for two classes is kept, it fits too)
 * or one linear unit for regression. What it cannot fix (no Input, two Outputs) it reports.
 */
public final class GraphFitter {

    /**
     * The outcome of fitting.
     *
     * @param graph    the fitted graph (the same graph when nothing changed)
     * @param note     what was changed, for the user ("Input set to 784 features and Output to 10 units · softmax
     *                 for mnist"), or "" when nothing changed
     * @param mismatch what could not be fixed, or ""
     */
    public record Fit(ModelGraph graph, String note, String mismatch) {

        public boolean changed() {
            return !note.isEmpty();
        }
    }

    private GraphFitter() {
    }

    public static Fit fit(ModelGraph graph, DataShape shape) {
        List<String> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ModelGraph g = graph;

        List<Node> inputs = g.nodesOfKind(LayerKind.INPUT);
        if (inputs.size() == 1) {
            Node in = inputs.get(0);
            InputSpec spec = (InputSpec) in.spec();
            if (spec.features() != shape.features()) {
                g = g.withSpec(in.id(), spec.withFeatures(shape.features()));
                changes.add("Input set to " + shape.features() + (shape.features() == 1 ? " feature" : " features"));
            }
        } else {
            problems.add(inputs.isEmpty()
                    ? "add an Input layer (" + shape.datasetName() + " has " + shape.features() + " features)"
                    : "the graph has " + inputs.size() + " Input layers; keep one");
        }

        List<Node> outputs = g.nodesOfKind(LayerKind.OUTPUT);
        if (outputs.size() == 1) {
            Node out = outputs.get(0);
            OutputSpec spec = (OutputSpec) out.spec();
            OutputSpec wanted = wantedOutput(spec, shape);
            if (!wanted.equals(spec)) {
                g = g.withSpec(out.id(), wanted);
                String what = wanted.units() + (wanted.units() == 1 ? " unit" : " units") + " · " + wanted.activation();
                changes.add(changes.isEmpty() ? "Output set to " + what : "Output to " + what);
            }
        } else {
            problems.add(outputs.isEmpty()
                    ? "add an Output layer (" + describe(shape) + ")"
                    : "the graph has " + outputs.size() + " Output layers; keep one");
        }

        String note = changes.isEmpty() ? "" : String.join(" and ", changes) + " for " + shape.datasetName();
        String mismatch = problems.isEmpty() ? "" : "Cannot fit the graph to " + shape.datasetName() + ": "
                + String.join("; ", problems);
        return new Fit(g, note, mismatch);
    }

    /** The output a dataset needs, keeping the user's choice where it already fits. */
    static OutputSpec wantedOutput(OutputSpec current, DataShape shape) {
        if (shape.isRegression()) {
            Loss loss = current.loss().isClassification() ? Loss.MSE : current.loss();
            return new OutputSpec(1, Activation.LINEAR, loss);
        }
        int classes = shape.classes();
        boolean binarySigmoid = classes == 2 && current.units() == 1 && current.activation() == Activation.SIGMOID
                && current.loss() == Loss.BINARY_CROSSENTROPY;
        if (binarySigmoid) {
            return current;
        }
        return new OutputSpec(classes, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY);
    }

    private static String describe(DataShape shape) {
        return shape.isRegression() ? "it is a regression" : shape.datasetName() + " has " + shape.classes() + " classes";
    }
}
