package org.layerlab.engine.data;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.MnistAugmenter.Transform;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/** Augmentation on 28x28 images: exact geometry on a one-pixel image, bounds, noise and determinism. */
class MnistAugmenterTest {

    /** A black image with one white pixel at column x, row y. */
    private static float[] dot(int x, int y) {
        float[] image = new float[784];
        image[y * 28 + x] = 255;
        return image;
    }

    private static int brightest(float[] image) {
        int best = 0;
        for (int p = 1; p < image.length; p++) {
            if (image[p] > image[best]) {
                best = p;
            }
        }
        return best;
    }

    @Test
    void theIdentityTransformLeavesTheImageAsItIs() {
        float[] image = dot(5, 9);
        assertThat(MnistAugmenter.transform(image, Transform.IDENTITY)).containsExactly(image);
    }

    @Test
    void aShiftMovesEveryPixelByWholePixels() {
        float[] moved = MnistAugmenter.transform(dot(5, 9), new Transform(0, 2, -3, 1, false));
        assertThat(brightest(moved)).isEqualTo(6 * 28 + 7);
        assertThat(moved[6 * 28 + 7]).isEqualTo(255f);
    }

    @Test
    void aFlipMirrorsLeftAndRight() {
        float[] flipped = MnistAugmenter.transform(dot(5, 9), new Transform(0, 0, 0, 1, true));
        assertThat(brightest(flipped)).isEqualTo(9 * 28 + 22);
        assertThat(MnistAugmenter.transform(flipped, new Transform(0, 0, 0, 1, true))).containsExactly(dot(5, 9));
    }

    @Test
    void ninetyDegreesTurnsCounterClockwiseOnScreen() {
        // A pixel right of the centre (13.5, 13.5) ends up above it.
        float[] turned = MnistAugmenter.transform(dot(20, 13), new Transform(90, 0, 0, 1, false));
        int p = brightest(turned);
        assertThat(turned[p]).isGreaterThan(100f);
        assertThat(p % 28).isBetween(13, 14);
        assertThat(p / 28).isBetween(6, 7);
    }

    @Test
    void zoomingInMovesPixelsAwayFromTheCentre() {
        float[] zoomed = MnistAugmenter.transform(dot(21, 13), new Transform(0, 0, 0, 1.5, false));
        int p = brightest(zoomed);
        assertThat(p % 28).isGreaterThan(23);
    }

    @Test
    void noiseHasTheRequestedStandardDeviationAndStaysInThePixelRange() {
        float[] grey = new float[784];
        java.util.Arrays.fill(grey, 128);
        float[] noisy = MnistAugmenter.augment(grey, new Augmentation(1, false, 0, 0, 0, 0.1), new Random(3));
        double sum = 0;
        double squares = 0;
        for (float v : noisy) {
            assertThat(v).isBetween(0f, 255f);
            sum += v - 128;
            squares += (v - 128) * (v - 128);
        }
        double mean = sum / 784;
        assertThat(Math.sqrt(squares / 784 - mean * mean)).isCloseTo(25.5, offset(2.5));
    }

    @Test
    void thePreviewIsReproducibleAndEachDigitDiffers() throws DataException {
        float[] digit = MnistIdx.loadTrain(SampleData.mnist()).features()[0];
        List<float[]> grid = MnistAugmenter.preview(digit, Augmentation.digits(1), 9, 7);
        assertThat(grid).hasSize(9).allSatisfy(d -> assertThat(d).hasSize(784));
        assertThat(grid.get(0)).isNotEqualTo(grid.get(1)).isNotEqualTo(digit);
        assertThat(MnistAugmenter.preview(digit, Augmentation.digits(1), 9, 7).get(4)).isEqualTo(grid.get(4));
        // The ink is moved, not lost: a mild transform keeps the total brightness within 20 %.
        double ink = sum(digit);
        assertThat(grid).allSatisfy(d -> assertThat(sum(d)).isCloseTo(ink, offset(0.2 * ink)));
    }

    @Test
    void onlyTwentyEightByTwentyEightImagesAreAugmented() {
        assertThatThrownBy(() -> MnistAugmenter.preview(new float[2], Augmentation.digits(1), 1, 1))
                .hasMessage("augmentation needs 28x28 images (784 pixels), found 2 features");
    }

    private static double sum(float[] image) {
        double s = 0;
        for (float v : image) {
            s += v;
        }
        return s;
    }
}
