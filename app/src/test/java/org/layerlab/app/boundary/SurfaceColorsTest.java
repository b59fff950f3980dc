package org.layerlab.app.boundary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurfaceColorsTest {

    @Test
    void aKnownTwoByTwoBinaryGridGivesTheExpectedColours() {
        // P(class 0), P(class 1) per cell, row 0 first: certain 0, certain 1 / unsure, fairly sure 1.
        double[] p = {1, 0, 0, 1, 0.5, 0.5, 0.25, 0.75};
        int[] px = SurfaceColors.render(2, 2, 2, p, false);
        // 65 % of the way from white to Okabe-Ito blue #0072B2: 255 * 0.35 + c * 0.65, rounded.
        assertThat(px[0]).isEqualTo(0xFF59A3CD);
        // 65 % towards orange #E69F00: 89.25 + 0.65 * (230, 159, 0) = (238.75, 192.6, 89.25).
        assertThat(px[1]).isEqualTo(0xFFEFC159);
        // P = 0.5 is neutral white.
        assertThat(px[2]).isEqualTo(0xFFFFFFFF);
        // P = 0.75 is halfway there: 32.5 % towards orange, 172.125 + 0.325 * (230, 159, 0).
        assertThat(px[3]).isEqualTo(0xFFF7E0AC);
    }

    @Test
    void discretizePaintsHardRegions() {
        double[] p = {0.45, 0.55, 0.9, 0.1};
        int[] px = SurfaceColors.render(1, 2, 2, p, true);
        assertThat(px[0]).isEqualTo(0xFFEFC159);
        assertThat(px[1]).isEqualTo(0xFF59A3CD);
    }

    @Test
    void oneOutputUnitIsTheProbabilityOfClassOne() {
        assertThat(SurfaceColors.render(1, 1, 1, new double[] {1.0}, false)).containsExactly(0xFFEFC159);
    }

    @Test
    void withThreeClassesTheWinnerPaintsPalerTheLessSureItIs() {
        double[] p = {0, 0, 1, 0.4, 0.3, 0.3, 1 / 3.0, 1 / 3.0, 1 / 3.0};
        int[] px = SurfaceColors.render(1, 3, 3, p, false);
        // Certain class 2 (Okabe-Ito green #009E73), 65 % strength: 89.25 + 0.65 * (0, 158, 115).
        assertThat(px[0]).isEqualTo(0xFF59C0A4);
        // Class 0 at 0.4: confidence (0.4 - 1/3) / (2/3) = 0.1, so 6.5 % towards blue: 238.425 + 0.065 * (0, 114, 178).
        assertThat(px[1]).isEqualTo(0xFFEEF6FA);
        // A three-way tie is white.
        assertThat(px[2]).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aGridOfTheWrongSizeIsRefusedWithBothSizes() {
        assertThatThrownBy(() -> SurfaceColors.render(2, 2, 2, new double[7], false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a 2x2 grid of 2 classes needs 8 probabilities, found 7");
    }
}
