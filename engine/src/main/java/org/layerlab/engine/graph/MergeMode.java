package org.layerlab.engine.graph;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a merge node combines its inputs: side by side (concatenate) or element-wise sum (add). */
public enum MergeMode implements KeyedEnum {
    CONCATENATE("concatenate"),
    ADD("add");

    private final String key;

    MergeMode(String key) {
        this.key = key;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static MergeMode fromKey(String key) {
        return KeyedEnum.fromKey(MergeMode.class, key);
    }

    @Override
    public String toString() {
        return key;
    }
}
