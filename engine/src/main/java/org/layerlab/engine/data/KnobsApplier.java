package org.layerlab.engine.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Applies {@link DataKnobs} to freshly split data: the feature scale to every split, the training size,
 * label noise and augmentation to the training split only, in that order.
 */
final class KnobsApplier {

    /** Decorrelates the knobs' random choices from the split that used the same seed. */
    private static final long NOISE_SALT = 0x5EED_1ABE1L;
    private static final long AUGMENT_SALT = 0xA06_3E47L;

    private KnobsApplier() {
    }

    /** The training split after the training size, label noise and augmentation. */
    static Dataset training(Dataset train, DataKnobs knobs, long seed) throws DataException {
        Dataset out = train;
        if (knobs.trainingSize() > 0) {
            if (knobs.trainingSize() > train.size()) {
                throw new DataException("training size must be 0 (all) or 1.." + train.size()
                        + " for this training split, found " + knobs.trainingSize());
            }
            int[] first = new int[knobs.trainingSize()];
            Arrays.setAll(first, i -> i);
            out = out.subset(first);
        }
        if (knobs.labelNoise() > 0) {
            out = withFlippedLabels(out, knobs.labelNoise(), seed ^ NOISE_SALT);
        }
        return MnistAugmenter.expand(out, knobs.augmentation(), seed ^ AUGMENT_SALT);
    }

    /** {@code data} with feature {@code scaledFeature} multiplied by the factor (the same data when it is 1). */
    static Dataset scaled(Dataset data, DataKnobs knobs) throws DataException {
        if (knobs.featureScale() == 1) {
            return data;
        }
        int j = knobs.scaledFeature();
        if (j >= data.featureCount()) {
            throw new DataException("the scaled feature must be 0.." + (data.featureCount() - 1) + " for "
                    + data.name() + ", found " + j);
        }
        float factor = (float) knobs.featureScale();
        float[][] features = new float[data.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = data.features()[i].clone();
            features[i][j] *= factor;
        }
        return new Dataset(data.name(), features, data.labels(), data.targets(), data.classNames(),
                data.featureNames());
    }

    /**
     * Exactly {@code round(fraction * n)} labels, chosen by a seeded shuffle, each moved to a different
     * class picked uniformly among the others.
     */
    static Dataset withFlippedLabels(Dataset data, double fraction, long seed) throws DataException {
        if (!data.isClassification() || data.classCount() < 2) {
            throw new DataException("label noise needs at least two classes, found " + data.classCount());
        }
        Random random = new Random(seed);
        int n = data.size();
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        Splits.shuffle(order, random);
        int[] labels = data.labels().clone();
        int classes = data.classCount();
        int flips = (int) Math.round(fraction * n);
        for (int k = 0; k < flips; k++) {
            int row = order[k];
            labels[row] = (labels[row] + 1 + random.nextInt(classes - 1)) % classes;
        }
        return new Dataset(data.name(), data.features(), labels, null, data.classNames(), data.featureNames());
    }
}
