package org.layerlab.app.views;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaletteTest {

    @Test
    void classColoursAreOkabeItoAndCycleAfterEight() {
        assertThat(Palette.classArgb(0)).isEqualTo(0xFF0072B2);
        assertThat(Palette.classArgb(1)).isEqualTo(0xFFE69F00);
        assertThat(Palette.classArgb(8)).isEqualTo(Palette.classArgb(0));
        assertThatThrownBy(() -> Palette.classArgb(-1)).hasMessage("class index must be 0 or more, found -1");
    }

    @Test
    void mixGoesInAStraightLineBetweenTwoColours() {
        assertThat(Palette.mix(0xFF000000, 0xFFFFFFFF, 0)).isEqualTo(0xFF000000);
        assertThat(Palette.mix(0xFF000000, 0xFFFFFFFF, 1)).isEqualTo(0xFFFFFFFF);
        assertThat(Palette.mix(0xFF000000, 0xFFC86400, 0.5)).isEqualTo(0xFF643200);
    }

    @Test
    void rampsRunFromTheirFirstToTheirLastStop() {
        assertThat(Palette.viridisArgb(0)).isEqualTo(0xFF440154);
        assertThat(Palette.viridisArgb(1)).isEqualTo(0xFFFDE725);
        assertThat(Palette.densityArgb(0)).isEqualTo(0xFFFFFFFF);
        assertThat(Palette.densityArgb(1)).isEqualTo(0xFF08306B);
    }
}
