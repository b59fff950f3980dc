package org.layerlab.app.views;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimatorTest {

    @Test
    void keepsTheLowestAndHighestValueOfEveryPixelColumn() {
        int n = 5000;
        int columns = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(7);
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 300.0) + random.nextGaussian();
        }
        y[1234] = 40;
        y[4321] = -40;
        Decimator d = new Decimator();
        int kept = d.decimate(x, y, n, 0, n, columns);

        assertThat(kept).isLessThanOrEqualTo(4 * columns);
        for (int c = 0; c < columns; c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = c * 100; i < (c + 1) * 100; i++) {
                min = Math.min(min, y[i]);
                max = Math.max(max, y[i]);
            }
            double keptMin = Double.POSITIVE_INFINITY;
            double keptMax = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < kept; k++) {
                if (d.x(k) >= c * 100 && d.x(k) < (c + 1) * 100) {
                    keptMin = Math.min(keptMin, d.y(k));
                    keptMax = Math.max(keptMax, d.y(k));
                }
            }
            assertThat(keptMin).as("min of column %d", c).isEqualTo(min);
            assertThat(keptMax).as("max of column %d", c).isEqualTo(max);
        }
        for (int k = 1; k < kept; k++) {
            assertThat(d.x(k)).as("points stay in order").isGreaterThan(d.x(k - 1));
        }
    }

    @Test
    void aShortSeriesIsKeptWholeWithoutItsNaNs() {
        double[] x = {1, 2, 3, 4};
        double[] y = {0.5, Double.NaN, 0.25, 0.125};
        Decimator d = new Decimator();
        assertThat(d.decimate(x, y, 4, 1, 4, 100)).isEqualTo(3);
        assertThat(new double[] {d.y(0), d.y(1), d.y(2)}).containsExactly(0.5, 0.25, 0.125);
    }

    @Test
    void aCountLongerThanTheArraysIsRefusedWithTheSizes() {
        assertThatThrownBy(() -> new Decimator().decimate(new double[3], new double[2], 3, 0, 1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimating 3 points needs at least 3 x and y values, found 3 x and 2 y");
    }
}
