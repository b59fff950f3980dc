package org.layerlab.app.views;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScaleTest {

    @Test
    void linearScaleMapsTheIntervalEndsToThePixelEndsAndBack() {
        Scale s = Scale.linear(0, 10, 100, 300);
        assertThat(s.toPixel(0)).isEqualTo(100);
        assertThat(s.toPixel(10)).isEqualTo(300);
        assertThat(s.toPixel(2.5)).isEqualTo(150);
        assertThat(s.toData(150)).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void logScalePutsEachDecadeAtTheSameDistance() {
        Scale s = Scale.log(1e-4, 1, 400, 0);
        assertThat(s.toPixel(1e-4)).isCloseTo(400, within(1e-9));
        assertThat(s.toPixel(1e-2)).isCloseTo(200, within(1e-9));
        assertThat(s.toPixel(1)).isCloseTo(0, within(1e-9));
        assertThat(s.toPixel(0)).isNaN();
        assertThat(s.ticks(5)).containsExactly(1e-4, 1e-3, 1e-2, 1e-1, 1.0);
    }

    @Test
    void logScaleRefusesANonPositiveLowerBoundNamingIt() {
        assertThatThrownBy(() -> Scale.log(0, 1, 0, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found 0.0");
    }

    @Test
    void linearTicksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Scale.linear(0, 1, 0, 100).ticks(5)).containsExactly(0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0);
        assertThat(Scale.linear(1, 100, 0, 100).ticks(4)).containsExactly(50.0, 100.0);
        assertThat(Scale.niceStep(0.3)).isEqualTo(0.5);
        assertThat(Scale.niceStep(7)).isEqualTo(10);
    }

    @Test
    void aShortLogRangeGetsOneTwoFiveTicks() {
        assertThat(Scale.log(0.04, 0.6, 0, 100).ticks(5)).containsExactly(0.05, 0.1, 0.2, 0.5);
    }

    @Test
    void anEmptyLinearIntervalIsWidenedInsteadOfDividingByZero() {
        Scale s = Scale.linear(3, 3, 0, 100);
        assertThat(s.toPixel(3)).isCloseTo(50, within(1e-9));
    }
}
