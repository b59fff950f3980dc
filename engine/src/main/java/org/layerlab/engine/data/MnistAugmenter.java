package org.layerlab.engine.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plain-Java augmentation of 28x28 digits stored as 784 pixel values 0..255 (row by row): a flip,
 * rotation, shift and zoom about the image centre, resampled bilinearly (outside the image is
 * black), then optional Gaussian noise clipped to 0..255.
 */
public final class MnistAugmenter {

    /** Side of an MNIST image. */
    public static final int SIDE = MnistIdx.SIDE;
    /** Pixels per image. */
    public static final int PIXELS = SIDE * SIDE;

    private static final double CENTRE = (SIDE - 1) / 2.0;

    private MnistAugmenter() {
    }

    /**
     * One geometric change of an image.
     *
     * @param degrees rotation, counter-clockwise as seen on screen
     * @param dx      shift to the right, pixels
     * @param dy      shift down, pixels
     * @param zoom    scale factor, 1 = unchanged, above 1 enlarges the digit
     * @param flip    mirror left-right (applied first)
     */
    public record Transform(double degrees, double dx, double dy, double zoom, boolean flip) {

        public static final Transform IDENTITY = new Transform(0, 0, 0, 1, false);
    }

    /** The training digits followed by {@code copies} augmented versions of each, labels repeated. */
    public static Dataset expand(Dataset train, Augmentation augmentation, long seed) {
        if (augmentation.isOff()) {
            return train;
        }
        checkImages(train.featureCount());
        Random random = new Random(seed);
        int n = train.size();
        int total = n * (1 + augmentation.copies());
        float[][] features = new float[total][];
        int[] labels = new int[total];
        for (int i = 0; i < n; i++) {
            features[i] = train.features()[i];
            labels[i] = train.labels()[i];
        }
        int row = n;
        for (int copy = 0; copy < augmentation.copies(); copy++) {
            for (int i = 0; i < n; i++) {
                features[row] = augment(train.features()[i], augmentation, random);
                labels[row] = train.labels()[i];
                row++;
            }
        }
        return Dataset.classification(train.name(), features, labels, train.classNames(), train.featureNames());
    }

    /** {@code count} augmented versions of one digit, for a preview grid (the same seed gives the same grid). */
    public static List<float[]> preview(float[] digit, Augmentation augmentation, int count, long seed) {
        checkImages(digit.length);
        if (count < 0) {
            throw new IllegalArgumentException("preview count must be 0 or more, found " + count);
        }
        Random random = new Random(seed);
        List<float[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(augment(digit, augmentation, random));
        }
        return out;
    }

    /** One random version of {@code image} within the augmentation's bounds. */
    public static float[] augment(float[] image, Augmentation a, Random random) {
        Transform t = new Transform(uniform(random, a.rotation()), uniform(random, a.shift()),
                uniform(random, a.shift()), 1 + uniform(random, a.zoom()), a.flip() && random.nextBoolean());
        float[] out = transform(image, t);
        if (a.noise() > 0) {
            double sigma = a.noise() * 255;
            for (int p = 0; p < out.length; p++) {
                out[p] = (float) Math.max(0, Math.min(255, out[p] + random.nextGaussian() * sigma));
            }
        }
        return out;
    }

    /**
     * The image under one transform: every output pixel looks up where it came from (shift, zoom and
     * rotation undone, then the flip) and interpolates between the four nearest source pixels.
     */
    public static float[] transform(float[] image, Transform t) {
        checkImages(image.length);
        if (!(t.zoom() > 0)) {
            throw new IllegalArgumentException("zoom must be above 0, found " + t.zoom());
        }
        double radians = Math.toRadians(t.degrees());
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        float[] out = new float[PIXELS];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double u = (x - CENTRE - t.dx()) / t.zoom();
                double v = (y - CENTRE - t.dy()) / t.zoom();
                // Screen y points down, so a counter-clockwise turn on screen is clockwise in (u, v).
                double su = cos * u - sin * v;
                double sv = sin * u + cos * v;
                if (t.flip()) {
                    su = -su;
                }
                out[y * SIDE + x] = sample(image, su + CENTRE, sv + CENTRE);
            }
        }
        return out;
    }

    private static float sample(float[] image, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double top = pixel(image, x0, y0) * (1 - fx) + pixel(image, x0 + 1, y0) * fx;
        double bottom = pixel(image, x0, y0 + 1) * (1 - fx) + pixel(image, x0 + 1, y0 + 1) * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    private static double pixel(float[] image, int x, int y) {
        return x < 0 || y < 0 || x >= SIDE || y >= SIDE ? 0 : image[y * SIDE + x];
    }

    private static double uniform(Random random, double bound) {
        return bound == 0 ? 0 : (random.nextDouble() * 2 - 1) * bound;
    }

    private static void checkImages(int width) {
        if (width != PIXELS) {
            throw new IllegalArgumentException("augmentation needs 28x28 images (784 pixels), found " + width
                    + " features");
        }
    }
}
