package org.layerlab.app.views;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @Test
    void parameterCountsGetThousandsSeparatorsWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("pt-BR"));
            assertThat(Numbers.count(7850)).isEqualTo("7,850");
            assertThat(Numbers.fixed(0.5, 2)).isEqualTo("0.50");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void formatsShortLabels() {
        assertThat(Numbers.fixed(-0.001, 2)).isEqualTo("0.00");
        assertThat(Numbers.powerOfTen(-3)).isEqualTo("10⁻³");
        assertThat(Numbers.compact(0.000123)).isEqualTo("1.23e-4");
        assertThat(Numbers.compact(0.1234)).isEqualTo("0.123");
        assertThat(Numbers.small(0.0021)).isEqualTo("2.1e-3");
        assertThat(Numbers.plain(0.0005)).isEqualTo("0.0005");
        assertThat(Numbers.percent(0.456)).isEqualTo("45.6 %");
        assertThat(Numbers.tick(0.6000000000000001, 0.2)).isEqualTo("0.6");
        assertThat(Numbers.tick(1.11e-6, 0.1)).isEqualTo("0");
    }
}
