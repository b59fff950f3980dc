package org.layerlab.engine.graph;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of node the canvas offers, with their display name and stable key. */
public enum LayerKind implements KeyedEnum {
    INPUT("input", "Input"),
    DENSE("dense", "Dense"),
    DROPOUT("dropout", "Dropout"),
    GAUSSIAN_NOISE("gaussian_noise", "GaussianNoise"),
    GAUSSIAN_DROPOUT("gaussian_dropout", "GaussianDropout"),
    ALPHA_DROPOUT("alpha_dropout", "AlphaDropout"),
    BATCH_NORM("batch_norm", "BatchNormalization"),
    LAYER_NORM("layer_norm", "LayerNormalization"),
    ACTIVATION("activation", "Activation"),
    OUTPUT("output", "Output"),
    MERGE("merge", "Merge");

    private final String key;
    private final String displayName;

    LayerKind(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    /** The name shown on the palette and on nodes, as in Keras ("BatchNormalization"). */
    public String displayName() {
        return displayName;
    }

    @JsonCreator
    public static LayerKind fromKey(String key) {
        return KeyedEnum.fromKey(LayerKind.class, key);
    }
}
