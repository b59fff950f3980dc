package org.layerlab.engine.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.layerlab.engine.graph.KeyedEnum;

/** How features are scaled before they reach the network; statistics come from the training split only. */
public enum Normalization implements KeyedEnum {
    /** Features as the dataset holds them. */
    NONE("none"),
    /** Per feature: subtract the training mean, divide by the training standard deviation. */
    STANDARDIZE("standardize"),
    /** Per feature: map the training minimum..maximum to 0..1. */
    MIN_MAX("min_max"),
    /** Image pixels: divide the bytes 0..255 by 255 (the same scale for every pixel). */
    PIXELS("pixels");

    private final String key;

    Normalization(String key) {
        this.key = key;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static Normalization fromKey(String key) {
        return KeyedEnum.fromKey(Normalization.class, key);
    }

    @Override
    public String toString() {
        return key;
    }
}
