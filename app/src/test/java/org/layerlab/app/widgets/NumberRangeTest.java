package org.layerlab.app.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberRangeTest {

    private final NumberRange units = NumberRange.whole("units", 1, 4096);
    private final NumberRange rate = NumberRange.decimal("rate", 0, 0.95);

    @Test
    void refusalsNameTheSettingTheRangeAndTheValue() {
        assertThat(units.refusal(0)).hasValue("units must be 1..4096, found 0");
        assertThat(units.refusal("abc")).hasValue("units must be a whole number 1..4096, found 'abc'");
        assertThat(units.refusal(" ")).hasValue("units must be a whole number 1..4096, found nothing");
        assertThat(rate.refusal("1")).hasValue("rate must be 0..0.95, found 1");
        assertThat(units.refusal("16")).isEmpty();
        assertThat(units.hint()).isEqualTo("1..4096");
    }

    @Test
    void aCommaIsReadAsTheDecimalSeparator() {
        assertThat(rate.refusal("0,5")).isEmpty();
        assertThat(NumberRange.parse("0,25")).hasValue(0.25);
        assertThat(NumberRange.parse("1e-3")).hasValue(0.001);
        assertThat(NumberRange.parse("NaN")).isEmpty();
    }

    @Test
    void valuesAreShownWithoutNeedlessDecimals() {
        assertThat(units.format(16.0)).isEqualTo("16");
        assertThat(rate.format(0.5)).isEqualTo("0.5");
        assertThat(rate.format(0.0001)).isEqualTo("0.0001");
    }
}
