package org.layerlab.engine.data;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class SampleCsvTest {

    @Test
    void bundledCsvIsExactlyWhatItsGeneratorWrites() throws Exception {
        String bundled = Files.readString(SampleData.resolve(SampleCsv.FILE), StandardCharsets.UTF_8);
        assertThat(bundled).isEqualTo(SampleCsv.render());
    }

    @Test
    void bundledCsvLoadsAsThreeColorClassesOnVeryDifferentScales() throws Exception {
        Dataset d = CsvLoader.load(SampleData.resolve(SampleCsv.FILE), "color", false);
        assertThat(d.size()).isEqualTo(300);
        assertThat(d.classNames()).containsExactly("blue", "green", "red");
        FeatureScaler s = FeatureScalers.fit(Normalization.STANDARDIZE, d);
        assertThat(s.scale()[1] / s.scale()[0]).isGreaterThan(20f);
    }
}
