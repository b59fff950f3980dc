package org.layerlab.engine.graph;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Loss functions of the output layer, keyed with their Keras names. */
public enum Loss implements KeyedEnum {
    CATEGORICAL_CROSSENTROPY("categorical_crossentropy", true),
    BINARY_CROSSENTROPY("binary_crossentropy", true),
    MSE("mse", false),
    MAE("mae", false);

    private final String key;
    private final boolean classification;

    Loss(String key, boolean classification) {
        this.key = key;
        this.classification = classification;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    /** True for losses meant for class labels, false for regression losses. */
    public boolean isClassification() {
        return classification;
    }

    @JsonCreator
    public static Loss fromKey(String key) {
        return KeyedEnum.fromKey(Loss.class, key);
    }

    @Override
    public String toString() {
        return key;
    }
}
