package org.layerlab.engine.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FeatureScalersTest {

    private static Dataset rows(float[]... rows) {
        int[] labels = new int[rows.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 2;
        }
        return Dataset.classification("t", rows, labels, List.of("a", "b"), List.of("f1", "f2"));
    }

    @Test
    void standardizeUsesPopulationMeanAndStd() {
        FeatureScaler s = FeatureScalers.fit(Normalization.STANDARDIZE, rows(new float[] {1, 10}, new float[] {3, 10}));
        assertThat(s.kind()).isEqualTo(Normalization.STANDARDIZE);
        assertThat(s.offset()).containsExactly(2f, 10f);
        // Population std of {1, 3} is 1; the constant feature gets 1 and passes through shifted.
        assertThat(s.scale()).containsExactly(1f, 1f);
        assertThat(s.transform(new float[] {3, 12})).containsExactly(1f, 2f);
    }

    @Test
    void aStandardizedTrainingSplitHasMeanZeroAndStdOne() throws DataException {
        PreparedData data = DataPipeline.prepare(DatasetSpec.generated(DatasetKind.BLOBS, 1000, 2.0));
        float[][] scaled = data.scaler().transform(data.train().features());
        for (int j = 0; j < 2; j++) {
            double mean = 0;
            for (float[] row : scaled) {
                mean += row[j];
            }
            mean /= scaled.length;
            double var = 0;
            for (float[] row : scaled) {
                var += (row[j] - mean) * (row[j] - mean);
            }
            assertThat(mean).isCloseTo(0, within(1e-5));
            assertThat(Math.sqrt(var / scaled.length)).isCloseTo(1, within(1e-5));
        }
    }

    @Test
    void statisticsComeFromTheTrainingSplitOnly() throws DataException {
        DatasetSpec spec = DatasetSpec.generated(DatasetKind.REGRESSION, 200, 0.1).withRatios(0.5, 0.25, 0.25);
        PreparedData data = DataPipeline.prepare(spec);
        FeatureScaler whole = FeatureScalers.fit(Normalization.STANDARDIZE, DataPipeline.load(spec));
        FeatureScaler trainOnly = FeatureScalers.fit(Normalization.STANDARDIZE, data.train());
        assertThat(data.scaler()).isEqualTo(trainOnly);
        assertThat(data.scaler().offset()[0]).isNotEqualTo(whole.offset()[0]);
        assertThat(data.scaler().scale()[0]).isNotEqualTo(whole.scale()[0]);
    }

    @Test
    void minMaxMapsTheTrainingRangeToZeroOne() {
        FeatureScaler s = FeatureScalers.fit(Normalization.MIN_MAX,
                rows(new float[] {-2, 5}, new float[] {2, 5}, new float[] {0, 5}));
        assertThat(s.offset()).containsExactly(-2f, 5f);
        assertThat(s.scale()).containsExactly(4f, 1f);
        float[][] t = s.transform(new float[][] {{-2, 5}, {2, 7}});
        assertThat(t[0]).containsExactly(0f, 0f);
        assertThat(t[1]).containsExactly(1f, 2f);
        assertThat(s.inverseTransform(t[1])).containsExactly(2f, 7f);
    }

    @Test
    void pixelsDivideBy255AndNoneChangesNothing() {
        Dataset d = rows(new float[] {0, 255}, new float[] {51, 102});
        FeatureScaler pixels = FeatureScalers.fit(Normalization.PIXELS, d);
        assertThat(pixels.scale()).containsOnly(255f);
        assertThat(pixels.offset()).containsOnly(0f);
        assertThat(pixels.transform(d.features()[1])).containsExactly(0.2f, 0.4f);
        FeatureScaler none = FeatureScalers.fit(Normalization.NONE, d);
        assertThat(none).isEqualTo(FeatureScalers.identity(2));
        assertThat(none.transform(d).features()[1]).containsExactly(51f, 102f);
    }

    @Test
    void transformLeavesTheInputAloneAndChecksTheWidth() {
        float[][] x = {{1, 2}, {3, 4}};
        FeatureScaler s = FeatureScalers.fit(Normalization.STANDARDIZE, rows(x));
        s.transform(x);
        assertThat(x[0]).containsExactly(1f, 2f);
        assertThatThrownBy(() -> s.transform(new float[] {1, 2, 3}))
                .hasMessage("the scaler was fitted on 2 features, found a row of 3");
        assertThatThrownBy(() -> FeatureScalers.fit(Normalization.STANDARDIZE, rows()))
                .hasMessage("standardize needs training examples to fit on, found 0");
    }
}
