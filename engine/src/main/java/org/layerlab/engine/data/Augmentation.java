package org.layerlab.engine.data;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayList;
import java.util.List;

/**
 * Data augmentation for MNIST digits (Keras' {@code ImageDataGenerator} ideas on 28x28 images): each
 * training digit gets {@code copies} extra versions, each randomly flipped, rotated, shifted, zoomed
 * and noised within these bounds. Validation and test digits are never augmented.
 *
 * @param copies   augmented versions added per training digit (0 = augmentation off)
 * @param flip     mirror left-right with probability 1/2 (a mirrored 3 is no longer a 3: a lesson in itself)
 * @param rotation largest rotation, degrees, either way (Keras {@code rotation_range})
 * @param shift    largest shift, pixels, along each axis (Keras {@code width_shift_range} in pixels)
 * @param zoom     largest zoom change, a fraction: 0.1 zooms between 90 % and 110 % (Keras {@code zoom_range})
 * @param noise    standard deviation of added Gaussian noise, as a fraction of the pixel range 0..255
 */
public record Augmentation(int copies, boolean flip, double rotation, double shift, double zoom, double noise) {

    public static final int MAX_COPIES = 10;
    public static final double MAX_ROTATION = 180;
    public static final double MAX_SHIFT = 14;
    public static final double MAX_ZOOM = 0.5;
    public static final double MAX_NOISE = 1;

    /** No augmentation. */
    public static Augmentation none() {
        return new Augmentation(0, false, 0, 0, 0, 0);
    }

    /** The usual mild settings for digits: no flip, ±15°, ±2 pixels, ±10 % zoom, no noise. */
    public static Augmentation digits(int copies) {
        return new Augmentation(copies, false, 15, 2, 0.1, 0);
    }

    /** True when it adds nothing. */
    @JsonIgnore
    public boolean isOff() {
        return copies == 0;
    }

    /** Every problem with the settings, naming the value; empty when they are fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (copies < 0 || copies > MAX_COPIES) {
            problems.add("augmentation copies must be 0.." + MAX_COPIES + ", found " + copies);
        }
        range(problems, "augmentation rotation (degrees)", rotation, MAX_ROTATION);
        range(problems, "augmentation shift (pixels)", shift, MAX_SHIFT);
        range(problems, "augmentation zoom", zoom, MAX_ZOOM);
        range(problems, "augmentation noise", noise, MAX_NOISE);
        return problems;
    }

    private static void range(List<String> problems, String what, double value, double max) {
        if (!(value >= 0 && value <= max)) {
            problems.add(what + " must be 0.." + org.layerlab.engine.graph.Format.decimal(max) + ", found " + value);
        }
    }
}
