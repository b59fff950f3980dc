package org.layerlab.engine.graph;

import java.util.List;

/**
 * Checks that the output layer, its loss and the data agree: the activation each loss expects,
 * the unit count the classes ask for, and a regression loss for regression data.
 */
final class OutputRules {

    private OutputRules() {
    }

    /** Activation against loss and units, whatever the data. */
    static void checkLoss(Node node, OutputSpec output, List<Problem> problems) {
        Activation activation = output.activation();
        Loss loss = output.loss();
        if (activation == null || loss == null) {
            return; // reported as "not set"
        }
        if (loss == Loss.CATEGORICAL_CROSSENTROPY && activation != Activation.SOFTMAX) {
            problems.add(new Problem(node.id(), "categorical_crossentropy needs softmax on the output, found "
                    + activation));
        }
        if (loss == Loss.BINARY_CROSSENTROPY && activation != Activation.SIGMOID) {
            problems.add(new Problem(node.id(), "binary_crossentropy needs sigmoid on the output, found "
                    + activation));
        }
        if (activation == Activation.SOFTMAX && output.units() == 1) {
            problems.add(new Problem(node.id(), "softmax needs at least 2 units, found 1"));
        }
    }

    /** The Input's features against the data's. */
    static void checkInput(Node node, InputSpec input, DataShape data, List<Problem> problems) {
        if (input.features() != data.features()) {
            problems.add(new Problem(node.id(), "input has " + input.features() + plural(" feature", input.features())
                    + " but " + data.datasetName() + " has " + data.features()));
        }
    }

    /** Units and loss against the classes, or against the single target of regression data. */
    static void checkData(Node node, OutputSpec output, DataShape data, List<Problem> problems) {
        int units = output.units();
        if (data.isRegression()) {
            if (output.loss() != null && output.loss().isClassification()) {
                problems.add(new Problem(node.id(), "1-D regression needs a regression loss (mse or mae), found "
                        + output.loss()));
            }
            if (units != 1) {
                problems.add(new Problem(node.id(), "1-D regression needs 1 output unit, found " + units));
            }
            return;
        }
        boolean oneSigmoidForTwo = units == 1 && data.classes() == 2 && output.activation() == Activation.SIGMOID;
        if (units != data.classes() && !oneSigmoidForTwo) {
            problems.add(new Problem(node.id(), "output has " + units + plural(" unit", units) + " but "
                    + data.datasetName() + " has " + data.classes() + plural(" class", data.classes())));
        }
    }

    private static String plural(String word, int count) {
        if (count == 1) {
            return word;
        }
        return word.endsWith("s") ? word + "es" : word + "s";
    }
}
