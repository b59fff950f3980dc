package org.layerlab.app.histograms;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.train.Histogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeatStripTest {

    private static final int WHITE = 0xFFFFFFFF;

    /** Everything in the top bin (values near 1) or the bottom one (near 0) over 0..1. */
    private static Histogram top() {
        return new Histogram(0, 1, new long[] {0, 0, 0, 10});
    }

    private static Histogram bottom() {
        return new Histogram(0, 1, new long[] {10, 0, 0, 0});
    }

    @Test
    void eachColumnIsOneSnapshotOldestLeftDarkWhereTheValuesAre() {
        HeatStrip strip = new HeatStrip(3);
        strip.push(top());
        strip.push(bottom());
        int[] px = strip.render(4);

        assertThat(px).hasSize(3 * 4);
        // Column 0 (first snapshot): dark in the top row only.
        assertThat(px[0]).isNotEqualTo(WHITE);
        assertThat(px[3 * 3]).isEqualTo(WHITE);
        // Column 1 (second snapshot): dark in the bottom row only.
        assertThat(px[1]).isEqualTo(WHITE);
        assertThat(px[3 * 3 + 1]).isNotEqualTo(WHITE);
        // Column 2: not filled yet.
        for (int r = 0; r < 4; r++) {
            assertThat(px[r * 3 + 2]).isEqualTo(WHITE);
        }
    }

    @Test
    void whenFullTheOldestSnapshotIsDropped() {
        HeatStrip strip = new HeatStrip(2);
        strip.push(top());
        strip.push(top());
        strip.push(bottom());
        int[] px = strip.render(4);
        assertThat(strip.size()).isEqualTo(2);
        assertThat(px[1]).as("newest column, top row").isEqualTo(WHITE);
        assertThat(px[3 * 2 + 1]).as("newest column, bottom row").isNotEqualTo(WHITE);
        assertThat(px[0]).as("older column, top row").isNotEqualTo(WHITE);
    }

    @Test
    void theVerticalRangeCoversEveryKeptSnapshot() {
        HeatStrip strip = new HeatStrip(5);
        strip.push(new Histogram(-1, 0.5, new long[] {1, 1}));
        strip.push(new Histogram(0, 3, new long[] {1, 1}));
        assertThat(strip.valueRange()).containsExactly(-1, 3);
    }

    @Test
    void aSnapshotWithADifferentBinCountStartsTheStripOver() {
        HeatStrip strip = new HeatStrip(5);
        strip.push(top());
        strip.push(new Histogram(0, 1, new long[] {1, 2, 3}));
        assertThat(strip.size()).isEqualTo(1);
    }

    @Test
    void refusesAnEmptyRingOrImage() {
        assertThatThrownBy(() -> new HeatStrip(0)).hasMessage("a heat strip keeps 1 or more snapshots, found 0");
        assertThatThrownBy(() -> new HeatStrip(3).render(0)).hasMessage("a heat strip needs 1 or more rows, found 0");
    }
}
