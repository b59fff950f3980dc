package org.layerlab.engine.graph;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Weight initialisation schemes, keyed with their Keras names (glorot = Xavier, he = Kaiming). */
public enum WeightInit implements KeyedEnum {
    GLOROT_UNIFORM("glorot_uniform"),
    GLOROT_NORMAL("glorot_normal"),
    HE_NORMAL("he_normal"),
    HE_UNIFORM("he_uniform"),
    LECUN_NORMAL("lecun_normal"),
    LECUN_UNIFORM("lecun_uniform"),
    RANDOM_NORMAL("random_normal"),
    RANDOM_UNIFORM("random_uniform"),
    ZEROS("zeros"),
    ONES("ones");

    private final String key;

    WeightInit(String key) {
        this.key = key;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static WeightInit fromKey(String key) {
        return KeyedEnum.fromKey(WeightInit.class, key);
    }

    @Override
    public String toString() {
        return key;
    }
}
