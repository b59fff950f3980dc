package org.layerlab.engine.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.engine.export.ProjectFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataPipelineTest {

    @TempDir
    Path dir;

    @Test
    void moonsArePreparedWithTheSpecsSplitAndAStandardizer() throws DataException {
        DatasetSpec spec = DatasetSpec.defaultsFor(DatasetKind.MOONS);
        PreparedData data = DataPipeline.prepare(spec);
        assertThat(data.train().size()).isEqualTo(700);
        assertThat(data.validation().size()).isEqualTo(300);
        assertThat(data.test().size()).isZero();
        assertThat(data.scaler().kind()).isEqualTo(Normalization.STANDARDIZE);
        assertThat(data.shape().datasetName()).isEqualTo("moons");
        assertThat(data.shape().features()).isEqualTo(2);
        assertThat(data.shape().classes()).isEqualTo(2);
        // Reproducible: the same spec gives the same training rows.
        assertThat(DataPipeline.prepare(spec).train().features()).isDeepEqualTo(data.train().features());
    }

    @Test
    void everyGeneratedKindPreparesWithItsDefaults() throws DataException {
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind.isGenerated()) {
                DatasetSpec spec = DatasetSpec.defaultsFor(kind);
                PreparedData data = DataPipeline.prepare(spec);
                assertThat(data.train().size() + data.validation().size() + data.test().size())
                        .as(kind.key()).isEqualTo(spec.samples());
                assertThat(data.shape().classes()).as(kind.key())
                        .isEqualTo(kind == DatasetKind.REGRESSION ? 0 : spec.classes());
            }
        }
    }

    @Test
    void mnistSplitsTheTrainingFileAndTestsOnTheT10kFile() throws DataException {
        PreparedData data = DataPipeline.prepare(DatasetSpec.mnist());
        assertThat(data.train().size()).isEqualTo(7200);
        assertThat(data.validation().size()).isEqualTo(800);
        assertThat(data.test().size()).isEqualTo(2000);
        assertThat(MnistIdxTest.classCounts(data.test()))
                .containsExactly(210, 213, 200, 200, 194, 165, 219, 207, 201, 191);
        assertThat(data.scaler().kind()).isEqualTo(Normalization.PIXELS);
        assertThat(data.shape().features()).isEqualTo(784);
        assertThat(data.shape().classes()).isEqualTo(10);
        assertThat(data.shape().datasetName()).isEqualTo("mnist");
    }

    @Test
    void mnistSamplesLimitTheTrainingDigitsAndRatiosAreRenormalised() throws DataException {
        DatasetSpec spec = DatasetSpec.mnist().withSamples(1000).withRatios(0.6, 0.2, 0.2);
        PreparedData data = DataPipeline.prepare(spec);
        // 0.6 and 0.2 renormalised: 75 % / 25 % of the first 1,000 digits; the t10k file is the test split.
        assertThat(data.train().size()).isEqualTo(750);
        assertThat(data.validation().size()).isEqualTo(250);
        assertThat(data.test().size()).isEqualTo(2000);
        assertThatThrownBy(() -> DataPipeline.prepare(DatasetSpec.mnist().withSamples(9000)))
                .hasMessage("samples must be 0 (all digits) or 10..8000 for this MNIST training file, found 9000");
    }

    @Test
    void missingMnistFilesAndCsvFilesAreNamed() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("digits"));
        assertThatThrownBy(() -> DataPipeline.prepare(DatasetSpec.mnist().withPath(empty.toString())))
                .hasMessage("MNIST files not found in " + empty + ": expected train-images-idx3-ubyte.gz, "
                        + "train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz (gzipped or not)");
        String missing = dir.resolve("nope.csv").toString();
        assertThatThrownBy(() -> DataPipeline.prepare(DatasetSpec.defaultsFor(DatasetKind.CSV).withPath(missing)))
                .isInstanceOf(DataException.class)
                .hasMessage("CSV file not found: " + missing);
    }

    @Test
    void invalidSettingsAreAllReportedWithTheirValues() {
        DatasetSpec spec = DatasetSpec.generated(DatasetKind.BLOBS, 5, -1.0).withClasses(1).withRatios(0.7, 0.2, 0.2);
        assertThat(DataPipeline.problems(spec)).containsExactly(
                "samples must be 10..100000, found 5",
                "noise must be 0..5, found -1.0",
                "blobs needs 2..10 classes, found 1",
                "ratios must add up to 1, found 0.7 + 0.2 + 0.2 = 1.1");
        assertThatThrownBy(() -> DataPipeline.prepare(spec))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("samples must be 10..100000, found 5")
                .hasMessageContaining("ratios must add up to 1, found 0.7 + 0.2 + 0.2 = 1.1");
        assertThat(DataPipeline.problems(DatasetSpec.defaultsFor(DatasetKind.CSV)))
                .containsExactly("CSV path is missing: choose a CSV file");
        assertThat(DataPipeline.problems(DatasetSpec.defaultsFor(DatasetKind.XOR).withNormalization(null)))
                .containsExactly("normalization is missing; expected one of: none, standardize, min_max, pixels");
        assertThat(DataPipeline.problems(DatasetSpec.defaultsFor(DatasetKind.XOR).withKind(null)))
                .singleElement().asString().startsWith("the dataset kind is missing");
        assertThat(DataPipeline.problems(DatasetSpec.mnist().withSamples(-3)))
                .containsExactly("samples must be 0 (all digits) or at least 10, found -3");
    }

    @Test
    void csvIsLoadedSplitAndScaledByTheSpec() throws Exception {
        StringBuilder text = new StringBuilder("a,b,kind\n");
        for (int i = 0; i < 100; i++) {
            text.append(i).append(',').append(i % 7).append(',').append(i % 2 == 0 ? "even" : "odd").append('\n');
        }
        Path file = dir.resolve("numbers.csv");
        Files.writeString(file, text);
        DatasetSpec spec = DatasetSpec.defaultsFor(DatasetKind.CSV).withPath(file.toString());
        PreparedData data = DataPipeline.prepare(spec);
        assertThat(data.train().size()).isEqualTo(70);
        assertThat(data.validation().size()).isEqualTo(15);
        assertThat(data.test().size()).isEqualTo(15);
        assertThat(data.shape().datasetName()).isEqualTo("numbers.csv");
        assertThat(data.train().classNames()).containsExactly("even", "odd");
        Path numeric = dir.resolve("sine.csv");
        StringBuilder sine = new StringBuilder("y,x\n");
        for (int i = 0; i < 40; i++) {
            sine.append(Math.sin(i * 0.1)).append(',').append(i * 0.1).append('\n');
        }
        Files.writeString(numeric, sine);
        PreparedData regression = DataPipeline.prepare(DatasetSpec.defaultsFor(DatasetKind.CSV)
                .withPath(numeric.toString()).withLabelColumn("y", true).withRatios(0.5, 0.5, 0));
        assertThat(regression.shape().isRegression()).isTrue();
        assertThat(regression.train().featureNames()).containsExactly("x");
        assertThat(regression.train().size()).isEqualTo(20);
    }

    @Test
    void bundledCsvIsFoundByARelativePathInsideSampleData() throws DataException {
        PreparedData data = DataPipeline.prepare(DatasetSpec.defaultsFor(DatasetKind.CSV).withPath("csv/two-scales.csv"));
        assertThat(data.train().classNames()).containsExactly("blue", "green", "red");
        assertThat(DataPipeline.resolvePath("csv/two-scales.csv")).isEqualTo(SampleData.resolve("csv/two-scales.csv"));
    }

    @Test
    void everySampleProjectsDatasetPrepares() throws Exception {
        try (var files = Files.list(SampleData.resolve("projects"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                DatasetSpec spec = ProjectFile.read(file).dataset();
                assertThat(DataPipeline.problems(spec)).as(file.toString()).isEmpty();
                assertThat(DataPipeline.prepare(spec).train().size()).as(file.toString()).isPositive();
            }
        }
    }

    @Test
    void crossValidationHoldsOutTheTestSplitAndFitsAScalerPerFold() throws DataException {
        DatasetSpec spec = DatasetSpec.generated(DatasetKind.MOONS, 200, 0.2).withRatios(0.6, 0.2, 0.2);
        List<PreparedData> folds = DataPipeline.crossValidation(spec, 4, 2);
        assertThat(folds).hasSize(8);
        for (PreparedData fold : folds) {
            assertThat(fold.test().size()).isEqualTo(40);
            assertThat(fold.train().size() + fold.validation().size()).isEqualTo(160);
            assertThat(fold.validation().size()).isEqualTo(40);
            assertThat(fold.scaler()).isEqualTo(FeatureScalers.fit(Normalization.STANDARDIZE, fold.train()));
        }
        assertThat(folds.get(0).test().features()).isSameAs(folds.get(7).test().features());
        assertThatThrownBy(() -> DataPipeline.crossValidation(spec, 30, 1)).hasMessage("folds must be 2..20, found 30");
    }
}
