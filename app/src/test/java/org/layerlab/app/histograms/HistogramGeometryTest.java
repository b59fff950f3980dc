package org.layerlab.app.histograms;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.train.Histogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class HistogramGeometryTest {

    @Test
    void theTallestBarFillsThePlotAndTheOthersAreInProportion() {
        assertThat(HistogramGeometry.barHeights(new long[] {1, 2, 4, 0}, 100)).containsExactly(25, 50, 100, 0);
    }

    @Test
    void barsShareTheWidthEqually() {
        assertThat(HistogramGeometry.barLeft(0, 4, 10, 200)).isEqualTo(10);
        assertThat(HistogramGeometry.barLeft(3, 4, 10, 200)).isEqualTo(160);
        assertThat(HistogramGeometry.barLeft(4, 4, 10, 200)).isEqualTo(210);
    }

    @Test
    void anEmptyHistogramHasFlatBarsAndAHistogramWithoutBinsIsRefused() {
        assertThat(HistogramGeometry.barHeights(new long[3], 50)).containsExactly(0, 0, 0);
        assertThatThrownBy(() -> HistogramGeometry.barHeights(new long[0], 50))
                .hasMessage("a histogram needs at least 1 bin, found 0");
    }

    @Test
    void saturationIsTheShareOfValuesNearTheEndsOfTheActivationRange() {
        // Sigmoid outputs in ten bins over 0..1: the outer bins hold 0.0-0.1 and 0.9-1.0, half of each in the 5 % ends.
        Histogram h = new Histogram(0, 1, new long[] {40, 0, 0, 0, 20, 0, 0, 0, 0, 40});
        assertThat(HistogramGeometry.saturation(h, 0, 1, 0.05)).isCloseTo(0.4, within(1e-12));
        Histogram pinned = Histogram.of(new float[] {0.001f, 0.002f, 0.999f, 0.5f}, 20, 0, 1);
        assertThat(HistogramGeometry.saturation(pinned, 0, 1, 0.05)).isCloseTo(0.75, within(1e-12));
    }
}
