package org.layerlab.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Dataset;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.FeatureScaler;
import org.layerlab.engine.data.PreparedData;

class BoundaryPointsTest {

    private static PreparedData data(DatasetKind kind, Dataset train, Dataset validation) {
        return new PreparedData(DatasetSpec.defaultsFor(kind), train, validation, null, (FeatureScaler) null);
    }

    private static Dataset classes(int n, int features) {
        float[][] x = new float[n][features];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < features; f++) {
                x[i][f] = i + f / 10f;
            }
            y[i] = i % 2;
        }
        return Dataset.classification("set", x, y, List.of("0", "1"), features == 2 ? List.of("x1", "x2")
                : java.util.stream.IntStream.range(0, features).mapToObj(f -> "f" + f).toList());
    }

    @Test
    void twoDimensionalClassesGiveRawPointsAndLabelsPerSplit() {
        BoundaryPoints points = BoundaryPoints.of(data(DatasetKind.MOONS, classes(5, 2), classes(3, 2)));

        assertThat(points.trainXy()).hasDimensions(5, 2);
        assertThat(points.trainXy()[4]).containsExactly(4.0, 4.1f);
        assertThat(points.trainLabels()).containsExactly(0, 1, 0, 1, 0);
        assertThat(points.validationXy()).hasDimensions(3, 2);
        assertThat(points.validationLabels()).containsExactly(0, 1, 0);
        assertThat(points.classNames()).containsExactly("0", "1");
        assertThat(points.isRegression()).isFalse();
    }

    @Test
    void oneDimensionalRegressionPairsEachXWithItsTarget() {
        Dataset train = Dataset.regression("sine", new float[][] {{1}, {2}}, new float[] {0.5f, -0.5f}, List.of("x"));
        Dataset validation = Dataset.regression("sine", new float[0][], new float[0], List.of("x"));

        BoundaryPoints points = BoundaryPoints.of(data(DatasetKind.REGRESSION, train, validation));

        assertThat(points.trainXy()[0]).containsExactly(1, 0.5);
        assertThat(points.trainXy()[1]).containsExactly(2, -0.5);
        assertThat(points.trainLabels()).isNull();
        assertThat(points.validationLabels()).isNull();
        assertThat(points.isRegression()).isTrue();
    }

    @Test
    void dataWithMoreFeaturesHasNoBoundaryAndSaysWhy() {
        PreparedData mnist = data(DatasetKind.MNIST, classes(4, 784), classes(2, 784));

        assertThat(BoundaryPoints.drawable(mnist)).isFalse();
        assertThat(BoundaryPoints.absentReason(mnist)).startsWith("MNIST has 784 features per example: a decision "
                + "boundary needs exactly 2 features");
        assertThatThrownBy(() -> BoundaryPoints.of(mnist)).hasMessageStartingWith("no boundary to draw: MNIST has 784");
    }

    @Test
    void largeSetsAreThinnedEvenlyToTheCap() {
        BoundaryPoints points = BoundaryPoints.of(data(DatasetKind.MOONS, classes(10_001, 2), classes(10, 2)));

        assertThat(points.trainXy().length).isLessThanOrEqualTo(BoundaryPoints.MAX_POINTS).isGreaterThan(2000);
        assertThat(points.trainLabels()).hasSameSizeAs(points.trainXy());
        assertThat(points.trainXy()[1][0]).as("every 5th point").isEqualTo(5.0);
    }
}
