package org.layerlab.engine.graph;

/**
 * The output layer: a dense layer with its loss. Classification uses one unit per class with
 * softmax, or one sigmoid unit for two classes; regression uses one linear unit per target.
 */
public record OutputSpec(int units, Activation activation, Loss loss) implements LayerSpec {

    @Override
    public LayerKind kind() {
        return LayerKind.OUTPUT;
    }

    @Override
    public String summary() {
        return "Output " + units + " · " + activation;
    }

    public OutputSpec withUnits(int newUnits) {
        return new OutputSpec(newUnits, activation, loss);
    }

    public OutputSpec withActivation(Activation newActivation) {
        return new OutputSpec(units, newActivation, loss);
    }

    public OutputSpec withLoss(Loss newLoss) {
        return new OutputSpec(units, activation, newLoss);
    }
}
