package org.layerlab.engine.dl4j;

import org.layerlab.engine.data.FeatureScaler;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;
import org.nd4j.linalg.dataset.api.preprocessor.ImagePreProcessingScaler;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerMinMaxScaler;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The stock DL4J normalizer equivalent to a fitted {@link FeatureScaler}. It is the one object
 * every feature path goes through, and it is stored in the exported model, so a plain DL4J
 * program transforms raw features exactly as LayerLab does.
 */
final class Normalizers {

    private Normalizers() {
    }

    /** The normalizer, or null for {@code NONE} (features reach the network as they are). */
    static DataNormalization of(FeatureScaler scaler) {
        if (scaler == null) {
            return null;
        }
        int n = scaler.offset().length;
        return switch (scaler.kind()) {
            case NONE -> null;
            case STANDARDIZE -> new NormalizerStandardize(row(scaler.offset()), row(scaler.scale()));
            case MIN_MAX -> {
                float[] max = new float[n];
                for (int j = 0; j < n; j++) {
                    max[j] = scaler.offset()[j] + scaler.scale()[j];
                }
                NormalizerMinMaxScaler minMax = new NormalizerMinMaxScaler(0, 1);
                minMax.setFeatureStats(row(scaler.offset()), row(max));
                yield minMax;
            }
            case PIXELS -> {
                for (int j = 0; j < n; j++) {
                    if (scaler.scale()[j] != 255f || scaler.offset()[j] != 0f) {
                        throw new IllegalArgumentException("pixel scaling divides by 255, but feature " + j
                                + " has offset " + scaler.offset()[j] + " and scale " + scaler.scale()[j]);
                    }
                }
                // maps the 8-bit range 0..255 onto 0..1: x / 255
                yield new ImagePreProcessingScaler(0, 1);
            }
        };
    }

    /** Transforms {@code features} in place (no-op without a normalizer). */
    static void apply(DataNormalization normalizer, INDArray features) {
        if (normalizer != null) {
            normalizer.transform(features);
        }
    }

    private static INDArray row(float[] values) {
        return Nd4j.createFromArray(new float[][]{values});
    }
}
