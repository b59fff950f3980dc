package org.layerlab.engine.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GeneratorsTest {

    private static DatasetGenerator generator(DatasetKind kind) {
        return DatasetGenerator.forKind(kind, 3);
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = {"MNIST", "CSV"}, mode = EnumSource.Mode.EXCLUDE)
    void sameSeedGivesTheSamePointsAndAnotherSeedDifferentOnes(DatasetKind kind) {
        Dataset a = generator(kind).generate(200, 0.1, 7);
        Dataset b = generator(kind).generate(200, 0.1, 7);
        Dataset c = generator(kind).generate(200, 0.1, 8);
        assertThat(a.features()).isDeepEqualTo(b.features());
        assertThat(a.size()).isEqualTo(200);
        assertThat(Arrays.deepEquals(a.features(), c.features())).isFalse();
        if (a.isClassification()) {
            assertThat(a.labels()).containsExactly(b.labels());
        } else {
            assertThat(a.targets()).containsExactly(b.targets());
        }
        assertThat(a.name()).isEqualTo(kind.key());
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = {"MOONS", "XOR", "CIRCLES", "SPIRAL", "BLOBS"})
    void classesAreBalancedAndNamedForALegend(DatasetKind kind) {
        Dataset odd = generator(kind).generate(301, 0.2, 1);
        int[] counts = counts(odd);
        assertThat(Arrays.stream(counts).max().getAsInt() - Arrays.stream(counts).min().getAsInt()).isLessThanOrEqualTo(1);
        assertThat(Arrays.stream(counts).sum()).isEqualTo(301);
        assertThat(odd.classNames()).startsWith("0", "1");
        assertThat(odd.featureNames()).containsExactly("x1", "x2");
        assertThat(odd.featureCount()).isEqualTo(2);
    }

    @Test
    void shuffledSoBothClassesAppearEarly() {
        Dataset moons = new MoonsGenerator().generate(1000, 0.0, 3);
        int[] first20 = Arrays.copyOf(moons.labels(), 20);
        assertThat(first20).contains(0, 1);
    }

    @Test
    void moonsWithoutNoiseLieExactlyOnTheTwoArcs() {
        Dataset moons = new MoonsGenerator().generate(101, 0.0, 11);
        for (int i = 0; i < moons.size(); i++) {
            double x = moons.features()[i][0];
            double y = moons.features()[i][1];
            if (moons.labels()[i] == 0) {
                assertThat(Math.hypot(x, y)).isCloseTo(1.0, within(1e-6));
                assertThat(y).isGreaterThanOrEqualTo(-1e-6);
            } else {
                assertThat(Math.hypot(x - 1, y - 0.5)).isCloseTo(1.0, within(1e-6));
                assertThat(y).isLessThanOrEqualTo(0.5 + 1e-6);
            }
        }
    }

    @Test
    void moonsSpaceTheAnglesEvenlyWithBothEndsLikeLinspace() {
        // 5 outer points: t = 0, pi/4, pi/2, 3pi/4, pi; the extra (odd) point goes to the inner moon.
        Dataset moons = new MoonsGenerator().generate(11, 0.0, 5);
        double[] outerX = new double[5];
        int k = 0;
        for (int i = 0; i < moons.size(); i++) {
            if (moons.labels()[i] == 0) {
                outerX[k++] = moons.features()[i][0];
            }
        }
        Arrays.sort(outerX);
        double r = Math.sqrt(0.5);
        assertThat(k).isEqualTo(5);
        assertThat(outerX).containsExactly(new double[] {-1, -r, 0, r, 1}, within(1e-6));
    }

    @Test
    void moonsNoiseHasTheRequestedStandardDeviation() {
        Dataset clean = new MoonsGenerator().generate(4000, 0.0, 21);
        Dataset noisy = new MoonsGenerator().generate(4000, 0.2, 21);
        // Same seed, same shuffle: the difference is the noise alone.
        double squares = 0;
        for (int i = 0; i < clean.size(); i++) {
            assertThat(noisy.labels()[i]).isEqualTo(clean.labels()[i]);
            for (int j = 0; j < 2; j++) {
                double d = noisy.features()[i][j] - clean.features()[i][j];
                squares += d * d;
            }
        }
        assertThat(Math.sqrt(squares / (2 * clean.size()))).isCloseTo(0.2, within(0.01));
    }

    @Test
    void xorLabelsFollowTheQuadrantRuleAndKeepAMarginFromTheAxes() {
        Dataset xor = new XorGenerator().generate(500, 0.0, 4);
        for (int i = 0; i < xor.size(); i++) {
            float x = xor.features()[i][0];
            float y = xor.features()[i][1];
            assertThat(xor.labels()[i]).isEqualTo(x * y > 0 ? 1 : 0);
            assertThat(Math.abs(x)).isBetween((float) XorGenerator.MARGIN, 1f);
            assertThat(Math.abs(y)).isBetween((float) XorGenerator.MARGIN, 1f);
        }
        // All four quadrants are used.
        long quadrants = Arrays.stream(xor.features()).map(p -> (p[0] > 0 ? "+" : "-") + (p[1] > 0 ? "+" : "-"))
                .distinct().count();
        assertThat(quadrants).isEqualTo(4);
    }

    @Test
    void xorNoiseFillsTheMarginButNeverPutsAPointInTheWrongQuadrant() {
        Dataset xor = new XorGenerator().generate(2000, 0.3, 4);
        int insideMargin = 0;
        for (int i = 0; i < xor.size(); i++) {
            float x = xor.features()[i][0];
            float y = xor.features()[i][1];
            assertThat(x * y).isNotZero();
            assertThat(xor.labels()[i]).isEqualTo(x * y > 0 ? 1 : 0);
            if (Math.min(Math.abs(x), Math.abs(y)) < XorGenerator.MARGIN) {
                insideMargin++;
            }
        }
        assertThat(insideMargin).isGreaterThan(50);
        assertThat(counts(xor)).containsExactly(1000, 1000);
    }

    @Test
    void circlesWithoutNoiseLieOnRadiusOneAndHalf() {
        Dataset circles = new CirclesGenerator().generate(200, 0.0, 2);
        for (int i = 0; i < circles.size(); i++) {
            double r = Math.hypot(circles.features()[i][0], circles.features()[i][1]);
            assertThat(r).isCloseTo(circles.labels()[i] == 0 ? 1.0 : 0.5, within(1e-6));
        }
    }

    @Test
    void spiralArmsAreHalfATurnApartWithinRadiusOne() {
        Dataset spiral = new SpiralGenerator().generate(400, 0.0, 2);
        for (int i = 0; i < spiral.size(); i++) {
            double r = Math.hypot(spiral.features()[i][0], spiral.features()[i][1]);
            assertThat(r).isLessThan(1.0);
        }
        // The arm of class 1 is the arm of class 0 turned by pi: (x, y) -> (-x, -y).
        double[][] zero = points(spiral, 0);
        double[][] one = points(spiral, 1);
        for (double[] p : one) {
            boolean mirrored = Arrays.stream(zero).anyMatch(q -> Math.abs(q[0] + p[0]) < 1e-6 && Math.abs(q[1] + p[1]) < 1e-6);
            assertThat(mirrored).isTrue();
        }
    }

    @Test
    void blobsMakeKClassesAroundSeparatedCentersWithStdNoise() {
        BlobsGenerator blobs = new BlobsGenerator(4);
        Dataset data = blobs.generate(4000, 0.5, 9);
        assertThat(data.classCount()).isEqualTo(4);
        assertThat(data.classNames()).containsExactly("0", "1", "2", "3");
        double[][] centers = blobs.centers(9);
        for (int a = 0; a < 4; a++) {
            assertThat(Math.abs(centers[a][0])).isLessThanOrEqualTo(BlobsGenerator.BOX);
            for (int b = a + 1; b < 4; b++) {
                assertThat(Math.hypot(centers[a][0] - centers[b][0], centers[a][1] - centers[b][1]))
                        .isGreaterThanOrEqualTo(BlobsGenerator.MIN_CENTER_DISTANCE);
            }
        }
        for (int c = 0; c < 4; c++) {
            double[][] pts = points(data, c);
            double meanX = Arrays.stream(pts).mapToDouble(p -> p[0]).average().orElseThrow();
            double sdX = Math.sqrt(Arrays.stream(pts).mapToDouble(p -> (p[0] - meanX) * (p[0] - meanX)).average().orElseThrow());
            assertThat(meanX).isCloseTo(centers[c][0], within(0.05));
            assertThat(sdX).isCloseTo(0.5, within(0.05));
        }
    }

    @Test
    void blobsRefuseClassCountsOutsideTwoToTen() {
        assertThatThrownBy(() -> new BlobsGenerator(1)).hasMessage("blobs needs 2..10 classes, found 1");
        assertThatThrownBy(() -> new BlobsGenerator(11)).hasMessage("blobs needs 2..10 classes, found 11");
    }

    @Test
    void regressionTargetsScatterAroundSineWithTheNoiseStd() {
        Dataset exact = new RegressionGenerator().generate(300, 0.0, 5);
        assertThat(exact.isClassification()).isFalse();
        assertThat(exact.featureNames()).containsExactly("x");
        for (int i = 0; i < exact.size(); i++) {
            float x = exact.features()[i][0];
            assertThat(x).isBetween((float) -Math.PI, (float) Math.PI);
            assertThat(exact.targets()[i]).isCloseTo((float) Math.sin(x), within(1e-6f));
        }
        Dataset noisy = new RegressionGenerator().generate(5000, 0.1, 5);
        double squares = 0;
        for (int i = 0; i < noisy.size(); i++) {
            double d = noisy.targets()[i] - Math.sin(noisy.features()[i][0]);
            squares += d * d;
        }
        assertThat(Math.sqrt(squares / noisy.size())).isCloseTo(0.1, within(0.005));
    }

    @Test
    void badArgumentsAreRefusedWithTheValue() {
        assertThatThrownBy(() -> new MoonsGenerator().generate(1, 0.1, 1)).hasMessageContaining("found 1");
        assertThatThrownBy(() -> new XorGenerator().generate(10, -0.5, 1)).hasMessageContaining("found -0.5");
        assertThatThrownBy(() -> DatasetGenerator.forKind(DatasetKind.MNIST, 2)).hasMessageContaining("mnist");
    }

    private static int[] counts(Dataset d) {
        int[] counts = new int[d.classCount()];
        for (int l : d.labels()) {
            counts[l]++;
        }
        return counts;
    }

    private static double[][] points(Dataset d, int label) {
        return java.util.stream.IntStream.range(0, d.size()).filter(i -> d.labels()[i] == label)
                .mapToObj(i -> new double[] {d.features()[i][0], d.features()[i][1]}).toArray(double[][]::new);
    }
}
