package org.layerlab.app.layereffect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EffectLayoutTest {

    @Test
    void aWideAreaPutsTheThreeMatricesSideBySideInsideIt() {
        EffectLayout layout = EffectLayout.compute(8, 8, 3, 1280, 500, false, false);
        assertThat(layout.horizontal()).isTrue();
        assertThat(layout.y(0)).isEqualTo(layout.y(2));
        assertThat(layout.x(2) + 8 * layout.cellWidth()).isLessThanOrEqualTo(1280);
        assertThat(layout.y(0) + 8 * layout.cellHeight()).isLessThanOrEqualTo(500);
        assertThat(layout.printsNumbers()).isTrue();
    }

    @Test
    void aNarrowTallAreaStacksThem() {
        EffectLayout layout = EffectLayout.compute(8, 8, 3, 600, 1200, false, false);
        assertThat(layout.horizontal()).isFalse();
        assertThat(layout.x(0)).isEqualTo(layout.x(2));
        assertThat(layout.y(2) + 8 * layout.cellHeight()).isLessThanOrEqualTo(1200);
        assertThat(layout.x(0) + 8 * layout.cellWidth()).isLessThanOrEqualTo(600);
    }

    @Test
    void tooSmallCellsShowColourWithoutNumbers() {
        assertThat(EffectLayout.compute(8, 64, 3, 800, 300, false, false).printsNumbers()).isFalse();
    }

    @Test
    void anEmptyMatrixIsRefused() {
        assertThatThrownBy(() -> EffectLayout.compute(0, 8, 3, 800, 300, false, false))
                .hasMessage("a layout needs at least 1 row, column and panel, found 0x8 in 3");
    }
}
