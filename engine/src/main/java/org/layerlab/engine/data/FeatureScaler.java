package org.layerlab.engine.data;

import java.util.Arrays;

/**
 * A fitted normalizer: {@code x' = (x - offset[j]) / scale[j]} per feature j, with statistics taken
 * from the training split only. The DL4J normalizer stored in an exported model is built from it.
 * {@link FeatureScalers#fit} makes one; the {@code transform} methods are the reference implementation
 * of applying it.
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

    /** Number of features the scaler was fitted on. */
    public int featureCount() {
        return offset.length;
    }

    /** One example scaled, as a new array. */
    public float[] transform(float[] row) {
        checkWidth(row.length);
        float[] out = new float[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - offset[j]) / scale[j];
        }
        return out;
    }

    /** Every row scaled, as new arrays; the input is left as it was. */
    public float[][] transform(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = transform(rows[i]);
        }
        return out;
    }

    /** The dataset with its features scaled (labels, targets and names shared with the original). */
    public Dataset transform(Dataset data) {
        return new Dataset(data.name(), transform(data.features()), data.labels(), data.targets(),
                data.classNames(), data.featureNames());
    }

    /** Undoes {@link #transform(float[])}: from the network's scale back to the dataset's units. */
    public float[] inverseTransform(float[] row) {
        checkWidth(row.length);
        float[] out = new float[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = row[j] * scale[j] + offset[j];
        }
        return out;
    }

    private void checkWidth(int width) {
        if (width != offset.length) {
            throw new IllegalArgumentException("the scaler was fitted on " + offset.length
                    + " features, found a row of " + width);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureScaler other && kind == other.kind
                && Arrays.equals(offset, other.offset) && Arrays.equals(scale, other.scale);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + Arrays.hashCode(offset)) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "FeatureScaler[" + kind + ", offset=" + Arrays.toString(offset) + ", scale=" + Arrays.toString(scale) + "]";
    }
}
