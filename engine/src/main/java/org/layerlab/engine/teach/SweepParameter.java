package org.layerlab.engine.teach;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.layerlab.engine.graph.KeyedEnum;

/** The hyperparameters a sweep can vary, with the symbol a chart's axis shows. */
public enum SweepParameter implements KeyedEnum {
    /** L2 penalty lambda (Keras {@code regularizers.l2}); the notes sweep it on a log scale. */
    L2("l2", "λ (L2)"),
    /** L1 penalty lambda. */
    L1("l1", "λ (L1)"),
    LEARNING_RATE("learning_rate", "learning rate"),
    /** Fraction of units dropped (Keras meaning). */
    DROPOUT_RATE("dropout_rate", "dropout rate"),
    HIDDEN_UNITS("units", "hidden units"),
    /** Examples kept from the training split. */
    TRAINING_SIZE("training_size", "training examples"),
    /** Fraction of training labels flipped. */
    LABEL_NOISE("label_noise", "label noise");

    private final String key;
    private final String axisLabel;

    SweepParameter(String key, String axisLabel) {
        this.key = key;
        this.axisLabel = axisLabel;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    public String axisLabel() {
        return axisLabel;
    }

    /** True when the values are counts (units, examples), false for real numbers. */
    public boolean isCount() {
        return this == HIDDEN_UNITS || this == TRAINING_SIZE;
    }

    @JsonCreator
    public static SweepParameter fromKey(String key) {
        return KeyedEnum.fromKey(SweepParameter.class, key);
    }

    @Override
    public String toString() {
        return key;
    }
}
