package org.layerlab.app.canvas;

import org.layerlab.engine.graph.LayerKind;

/** What a kind of layer does in a network; each role has one colour family on the palette and the nodes. */
public enum LayerRole {
    INPUT_OUTPUT("Input & output", "role-io"),
    WEIGHTS("Weights", "role-weights"),
    REGULARIZATION("Regularization & noise", "role-regularization"),
    NORMALIZATION("Normalization", "role-normalization"),
    ACTIVATION("Activation", "role-activation"),
    STRUCTURE("Structure", "role-structure");

    private final String title;
    private final String styleClass;

    LayerRole(String title, String styleClass) {
        this.title = title;
        this.styleClass = styleClass;
    }

    /** The heading of this role's group on the palette. */
    public String title() {
        return title;
    }

    /** The CSS class that gives badges of this role their colour. */
    public String styleClass() {
        return styleClass;
    }

    public static LayerRole of(LayerKind kind) {
        return switch (kind) {
            case INPUT, OUTPUT -> INPUT_OUTPUT;
            case DENSE -> WEIGHTS;
            case DROPOUT, GAUSSIAN_NOISE, GAUSSIAN_DROPOUT, ALPHA_DROPOUT -> REGULARIZATION;
            case BATCH_NORM, LAYER_NORM -> NORMALIZATION;
            case ACTIVATION -> ACTIVATION;
            case MERGE -> STRUCTURE;
        };
    }

    /** The concept behind a kind of layer in one or two plain sentences, for tooltips. */
    public static String explain(LayerKind kind) {
        return switch (kind) {
            case INPUT -> "Where the data enters: one value per feature (2 for the 2-D toy sets, 784 for a "
                    + "28×28 MNIST image). It has no weights; it fixes how many inputs the first layer gets.";
            case DENSE -> "A fully connected layer: each unit takes a weighted sum of all its inputs plus a bias, "
                    + "then applies its activation function. These weights and biases are what training learns.";
            case DROPOUT -> "During training, randomly sets a fraction (the rate) of its inputs to 0 and scales the "
                    + "rest by 1/(1-rate), so the network cannot rely on any single unit. Inactive at inference.";
            case GAUSSIAN_NOISE -> "During training, adds random noise with mean 0 and standard deviation σ to every "
                    + "input, so the network learns to ignore small changes. Inactive at inference.";
            case GAUSSIAN_DROPOUT -> "During training, multiplies every input by random noise centred on 1 "
                    + "(variance rate/(1-rate)): a smooth version of dropout. Inactive at inference.";
            case ALPHA_DROPOUT -> "Dropout for SELU networks: dropped inputs are set to SELU's negative saturation "
                    + "value and the result is rescaled to keep mean and variance unchanged. Inactive at inference.";
            case BATCH_NORM -> "Normalises each unit to mean 0 and variance 1 with the statistics of the current "
                    + "minibatch (moving averages at inference), then applies a learned scale and shift. It often "
                    + "allows faster training with higher learning rates.";
            case LAYER_NORM -> "Normalises each example across the units of the Dense layer just before it, then "
                    + "applies a learned gain. Unlike batch normalization it does not depend on the batch.";
            case ACTIVATION -> "Applies a non-linear function (ReLU, tanh, sigmoid...) to each value separately. "
                    + "Without non-linearities a stack of layers is no more powerful than a single linear layer.";
            case OUTPUT -> "The last layer: one unit per class with softmax for classification, or one linear unit "
                    + "per target for regression. Its loss function measures how wrong the predictions are.";
            case MERGE -> "Joins two or more branches: concatenate puts their outputs side by side, add sums them "
                    + "element by element (they must then have the same size).";
        };
    }
}
