package org.layerlab.engine.data;

/**
 * A fitted normalizer: {@code x' = (x - offset[j]) / scale[j]} per feature j, with statistics taken
 * from the training split only. The DL4J normalizer stored in an exported model is built from it.
 *
 * @param kind   which normalization
 * @param offset per-feature offset (mean for standardize, minimum for min-max, 0 otherwise)
 * @param scale  per-feature divisor (std for standardize, max-min for min-max, 255 for pixels, 1 for none)
 */
public record FeatureScaler(Normalization kind, float[] offset, float[] scale) {

    public FeatureScaler {
        if (offset.length != scale.length) {
            throw new IllegalArgumentException("offset has " + offset.length + " features but scale has " + scale.length);
        }
    }
}
