package org.layerlab.engine.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.layerlab.engine.graph.KeyedEnum;

/** The datasets LayerLab offers, with stable keys for files and the command line. */
public enum DatasetKind implements KeyedEnum {
    MOONS("moons", "Two interleaving half circles (scikit-learn make_moons)", true),
    XOR("xor", "Four quadrants, opposite corners share a class", true),
    CIRCLES("circles", "A small circle inside a larger one", true),
    SPIRAL("spiral", "Two interleaved spirals", true),
    BLOBS("blobs", "Gaussian blobs, one per class", true),
    REGRESSION("regression", "1-D regression: y = sin(x) with noise", false),
    MNIST("mnist", "Handwritten digits 28x28 (8,000 train, 2,000 test)", false),
    CSV("csv", "A CSV file of numeric features and a label or target column", false);

    private final String key;
    private final String description;
    private final boolean twoDimensional;

    DatasetKind(String key, String description, boolean twoDimensional) {
        this.key = key;
        this.description = description;
        this.twoDimensional = twoDimensional;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** True for the generated 2-D classification sets that have a decision boundary to draw. */
    public boolean isTwoDimensional() {
        return twoDimensional;
    }

    /** True for sets made by a seeded generator (sample count and noise apply). */
    public boolean isGenerated() {
        return this != MNIST && this != CSV;
    }

    @JsonCreator
    public static DatasetKind fromKey(String key) {
        return KeyedEnum.fromKey(DatasetKind.class, key);
    }

    @Override
    public String toString() {
        return key;
    }
}
