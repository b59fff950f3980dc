package org.layerlab.engine.graph;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Activation functions, keyed with their Keras names. */
public enum Activation implements KeyedEnum {
    RELU("relu"),
    TANH("tanh"),
    SIGMOID("sigmoid"),
    SOFTMAX("softmax"),
    LINEAR("linear"),
    LEAKY_RELU("leaky_relu"),
    ELU("elu"),
    SELU("selu"),
    GELU("gelu"),
    SWISH("swish"),
    MISH("mish"),
    SOFTPLUS("softplus"),
    SOFTSIGN("softsign"),
    RELU6("relu6"),
    HARD_SIGMOID("hard_sigmoid"),
    HARD_TANH("hard_tanh");

    private final String key;

    Activation(String key) {
        this.key = key;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static Activation fromKey(String key) {
        return KeyedEnum.fromKey(Activation.class, key);
    }

    @Override
    public String toString() {
        return key;
    }
}
