package org.layerlab.engine.graph;

/**
 * A fully connected layer. {@code l1} and {@code l2} are the penalty factors lambda (Keras
 * {@code kernel_regularizer}); 0 means "use the training config's default".
 */
public record DenseSpec(int units, Activation activation, WeightInit weightInit, double l1, double l2, boolean bias)
        implements LayerSpec {

    /** Dense with the given units and activation, Glorot-uniform weights (Keras default), no penalty, bias on. */
    public static DenseSpec of(int units, Activation activation) {
        return new DenseSpec(units, activation, WeightInit.GLOROT_UNIFORM, 0.0, 0.0, true);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.DENSE;
    }

    @Override
    public String summary() {
        return "Dense " + units + " · " + activation;
    }

    public DenseSpec withUnits(int newUnits) {
        return new DenseSpec(newUnits, activation, weightInit, l1, l2, bias);
    }

    public DenseSpec withActivation(Activation newActivation) {
        return new DenseSpec(units, newActivation, weightInit, l1, l2, bias);
    }

    public DenseSpec withWeightInit(WeightInit newInit) {
        return new DenseSpec(units, activation, newInit, l1, l2, bias);
    }

    public DenseSpec withL1(double newL1) {
        return new DenseSpec(units, activation, weightInit, newL1, l2, bias);
    }

    public DenseSpec withL2(double newL2) {
        return new DenseSpec(units, activation, weightInit, l1, newL2, bias);
    }

    public DenseSpec withBias(boolean newBias) {
        return new DenseSpec(units, activation, weightInit, l1, l2, newBias);
    }
}
