package org.layerlab.app.views;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlotSeriesTest {

    @Test
    void aSeriesWithFewerValuesThanPointsIsRefusedWithTheSizes() {
        assertThatThrownBy(() -> new PlotSeries("train loss", Palette.TRAIN, false, new double[10], new double[8], 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'train loss' has 10 points, so it needs at least 10 x and y values, found 10 x and 8 y");
    }

    @Test
    void wholeArraysMustHaveTheSameLength() {
        assertThatThrownBy(() -> PlotSeries.of("a", Palette.TRAIN, new double[3], new double[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'a' needs as many x as y values, found 3 x and 4 y");
    }
}
