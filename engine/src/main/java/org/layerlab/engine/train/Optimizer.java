package org.layerlab.engine.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.layerlab.engine.graph.KeyedEnum;

/** Optimizers, keyed and named as in Keras; each has the learning rate Keras uses by default. */
public enum Optimizer implements KeyedEnum {
    SGD("sgd", "SGD", 0.01),
    MOMENTUM("momentum", "SGD + momentum", 0.01),
    NESTEROV("nesterov", "Nesterov", 0.01),
    ADAGRAD("adagrad", "Adagrad", 0.01),
    ADADELTA("adadelta", "Adadelta", 1.0),
    RMSPROP("rmsprop", "RMSprop", 0.001),
    ADAM("adam", "Adam", 0.001),
    NADAM("nadam", "Nadam", 0.002),
    ADAMAX("adamax", "Adamax", 0.002);

    private final String key;
    private final String displayName;
    private final double defaultLearningRate;

    Optimizer(String key, String displayName, double defaultLearningRate) {
        this.key = key;
        this.displayName = displayName;
        this.defaultLearningRate = defaultLearningRate;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    /** Keras' default learning rate for this optimizer. */
    public double defaultLearningRate() {
        return defaultLearningRate;
    }

    /** True where the learning rate has an effect (Adadelta adapts its own step). */
    public boolean usesLearningRate() {
        return this != ADADELTA;
    }

    @JsonCreator
    public static Optimizer fromKey(String key) {
        return KeyedEnum.fromKey(Optimizer.class, key);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
