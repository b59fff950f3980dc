package org.layerlab.app.views;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    @Test
    void writesHeaderAndRowsWithDotDecimalsAndEmptyCellsForNaN() {
        CsvTable t = CsvTable.builder("epoch", "loss", "note").row(1, 0.25, "ok").row(2, Double.NaN, "a, b").build();
        assertThat(t.toCsv()).isEqualTo("epoch,loss,note\n1,0.25,ok\n2,,\"a, b\"\n");
    }

    @Test
    void quotesQuotesAndNewlines() {
        CsvTable t = CsvTable.builder("text").row("say \"hi\"").row("two\nlines").build();
        assertThat(t.toCsv()).isEqualTo("text\n\"say \"\"hi\"\"\"\n\"two\nlines\"\n");
    }

    @Test
    void wholeNumbersHaveNoDecimalsAndSmallOnesKeepFullPrecision() {
        assertThat(CsvTable.cell(3.0)).isEqualTo("3");
        assertThat(CsvTable.cell(1.5e-7)).isEqualTo("1.5E-7");
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedNamingTheRowAndTheHeader() {
        assertThatThrownBy(() -> new CsvTable(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CSV row 2 has 1 cells, expected 2 (a,b)");
    }
}
