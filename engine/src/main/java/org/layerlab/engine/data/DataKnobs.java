package org.layerlab.engine.data;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settings that change the data to teach something, applied after the split: label noise and a
 * smaller training set touch the TRAINING split only; the feature scale multiplies one feature in
 * every split (its units change, as with the notes' age in years next to a salary in pesos);
 * augmentation adds transformed copies of the training digits (MNIST only).
 *
 * @param labelNoise    fraction 0..1 of the training labels changed to another class, chosen with the seed
 * @param trainingSize  keep only the first N examples of the (shuffled) training split; 0 keeps all
 * @param scaledFeature index of the feature that {@code featureScale} multiplies
 * @param featureScale  factor for that feature, 1 = unchanged (e.g. 1000 turns years into a salary-like range)
 * @param augmentation  MNIST augmentation of the training split
 */
public record DataKnobs(double labelNoise, int trainingSize, int scaledFeature, double featureScale,
                        Augmentation augmentation) {

    public static final double MAX_FEATURE_SCALE = 1e6;

    public DataKnobs {
        augmentation = augmentation == null ? Augmentation.none() : augmentation;
    }

    /** The data as it comes: no noise, the whole training split, no scaling, no augmentation. */
    public static DataKnobs none() {
        return new DataKnobs(0, 0, 0, 1, Augmentation.none());
    }

    /** True when the knobs leave the data as it is (whichever feature a factor of 1 names). */
    @JsonIgnore
    public boolean isNone() {
        return labelNoise == 0 && trainingSize == 0 && featureScale == 1 && augmentation.isOff();
    }

    public DataKnobs withLabelNoise(double fraction) {
        return new DataKnobs(fraction, trainingSize, scaledFeature, featureScale, augmentation);
    }

    public DataKnobs withTrainingSize(int n) {
        return new DataKnobs(labelNoise, n, scaledFeature, featureScale, augmentation);
    }

    public DataKnobs withFeatureScale(int feature, double factor) {
        return new DataKnobs(labelNoise, trainingSize, feature, factor, augmentation);
    }

    public DataKnobs withAugmentation(Augmentation a) {
        return new DataKnobs(labelNoise, trainingSize, scaledFeature, featureScale, Objects.requireNonNull(a));
    }

    /** Every problem that can be seen without the data, naming the value; empty when fine. */
    public List<String> problems(DatasetKind kind, boolean regression) {
        List<String> problems = new ArrayList<>();
        if (!(labelNoise >= 0 && labelNoise <= 1)) {
            problems.add("label noise must be 0..1 (a fraction of the training labels), found " + labelNoise);
        } else if (labelNoise > 0 && regression) {
            problems.add("label noise flips class labels, but this dataset is a regression (found label noise "
                    + labelNoise + ")");
        }
        if (trainingSize < 0) {
            problems.add("training size must be 0 (all) or more, found " + trainingSize);
        }
        if (scaledFeature < 0) {
            problems.add("the scaled feature must be a column index 0 or more, found " + scaledFeature);
        }
        if (!(featureScale > 0 && featureScale <= MAX_FEATURE_SCALE)) {
            problems.add("feature scale must be above 0 and at most 1000000, found " + featureScale);
        }
        problems.addAll(augmentation.problems());
        if (!augmentation.isOff() && kind != DatasetKind.MNIST) {
            problems.add("augmentation works on MNIST digits, not on " + kind.key());
        }
        return problems;
    }

    /** Tells Jackson to leave the knobs out of a project file when they are all at their defaults. */
    public static final class OmitWhenNone {
        @Override
        public boolean equals(Object value) {
            return value == null || none().equals(value);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
