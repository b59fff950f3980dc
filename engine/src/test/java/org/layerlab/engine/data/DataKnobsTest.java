package org.layerlab.engine.data;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The teaching knobs: what they change, what they leave alone, and how they are stored. */
class DataKnobsTest {

    private static final DatasetSpec MOONS = DatasetSpec.defaultsFor(DatasetKind.MOONS);

    @Test
    void labelNoiseFlipsExactlyThatShareOfTrainingLabelsAndNothingElse() throws DataException {
        PreparedData clean = DataPipeline.prepare(MOONS);
        PreparedData noisy = DataPipeline.prepare(MOONS.withKnobs(DataKnobs.none().withLabelNoise(0.2)));
        assertThat(noisy.train().features()).isDeepEqualTo(clean.train().features());
        int changed = 0;
        for (int i = 0; i < clean.train().size(); i++) {
            if (clean.train().labels()[i] != noisy.train().labels()[i]) {
                changed++;
            }
        }
        assertThat(changed).isEqualTo(140); // 20 % of 700
        assertThat(noisy.validation().labels()).isEqualTo(clean.validation().labels());
        // Seeded: the same spec flips the same labels.
        PreparedData again = DataPipeline.prepare(MOONS.withKnobs(DataKnobs.none().withLabelNoise(0.2)));
        assertThat(again.train().labels()).isEqualTo(noisy.train().labels());
    }

    @Test
    void aFlippedLabelAlwaysMovesToAnotherClass() throws DataException {
        DatasetSpec blobs = DatasetSpec.defaultsFor(DatasetKind.BLOBS).withClasses(4);
        PreparedData clean = DataPipeline.prepare(blobs);
        PreparedData all = DataPipeline.prepare(blobs.withKnobs(DataKnobs.none().withLabelNoise(1.0)));
        for (int i = 0; i < clean.train().size(); i++) {
            assertThat(all.train().labels()[i]).isNotEqualTo(clean.train().labels()[i]).isBetween(0, 3);
        }
    }

    @Test
    void trainingSizeKeepsTheFirstExamplesOfTheTrainingSplitOnly() throws DataException {
        PreparedData clean = DataPipeline.prepare(MOONS);
        PreparedData small = DataPipeline.prepare(MOONS.withKnobs(DataKnobs.none().withTrainingSize(50)));
        assertThat(small.train().size()).isEqualTo(50);
        assertThat(small.train().features()[49]).isEqualTo(clean.train().features()[49]);
        assertThat(small.validation().size()).isEqualTo(300);
        // The scaler is fitted on the 50 examples that are trained on.
        assertThat(small.scaler()).isEqualTo(FeatureScalers.fit(Normalization.STANDARDIZE, small.train()));
    }

    @Test
    void aTrainingSizeLargerThanTheSplitIsRefusedWithBothNumbers() {
        assertThatThrownBy(() -> DataPipeline.prepare(MOONS.withKnobs(DataKnobs.none().withTrainingSize(900))))
                .isInstanceOf(DataException.class)
                .hasMessage("training size must be 0 (all) or 1..700 for this training split, found 900");
    }

    @Test
    void featureScaleMultipliesOneFeatureInEverySplit() throws DataException {
        PreparedData clean = DataPipeline.prepare(MOONS.withNormalization(Normalization.NONE));
        PreparedData scaled = DataPipeline.prepare(MOONS.withNormalization(Normalization.NONE)
                .withKnobs(DataKnobs.none().withFeatureScale(1, 1000)));
        assertThat(scaled.train().features()[3][0]).isEqualTo(clean.train().features()[3][0]);
        assertThat(scaled.train().features()[3][1]).isEqualTo(clean.train().features()[3][1] * 1000f);
        assertThat(scaled.validation().features()[7][1]).isEqualTo(clean.validation().features()[7][1] * 1000f);
        assertThat(DataPipeline.load(MOONS.withKnobs(DataKnobs.none().withFeatureScale(0, 10))).features()[0][0])
                .isEqualTo(DataPipeline.load(MOONS).features()[0][0] * 10f);
    }

    @Test
    void theScaledFeatureIsKeptWhateverOrderItIsSetIn() throws Exception {
        DataKnobs feature = DataKnobs.none().withFeatureScale(1, 1);
        assertThat(feature.scaledFeature()).isEqualTo(1);
        assertThat(feature.isNone()).isTrue();
        Project moons = ProjectFile.read(SampleData.resolve("projects/moons.json"));
        Project changed = moons.withDataset(moons.dataset().withKnobs(feature));
        assertThat(ProjectFile.fromJson(ProjectFile.toJson(changed), "test")).isEqualTo(changed);
    }

    @Test
    void standardizingUndoesAFeatureScale() throws DataException {
        PreparedData clean = DataPipeline.prepare(MOONS);
        PreparedData scaled = DataPipeline.prepare(MOONS.withKnobs(DataKnobs.none().withFeatureScale(1, 1000)));
        float[] a = clean.scaler().transform(clean.validation().features()[5]);
        float[] b = scaled.scaler().transform(scaled.validation().features()[5]);
        assertThat(b[0]).isEqualTo(a[0]);
        assertThat((double) b[1]).isCloseTo(a[1], org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void badKnobsAreReportedNamingTheValue() {
        DataKnobs bad = new DataKnobs(1.5, -1, -2, 0, new Augmentation(11, false, 200, 0, 0, 0));
        List<String> problems = DataPipeline.problems(MOONS.withKnobs(bad));
        assertThat(problems).contains(
                "label noise must be 0..1 (a fraction of the training labels), found 1.5",
                "training size must be 0 (all) or more, found -1",
                "the scaled feature must be a column index 0 or more, found -2",
                "feature scale must be above 0 and at most 1000000, found 0.0",
                "augmentation copies must be 0..10, found 11",
                "augmentation rotation (degrees) must be 0..180, found 200.0",
                "augmentation works on MNIST digits, not on moons");
        assertThat(DataPipeline.problems(DatasetSpec.defaultsFor(DatasetKind.REGRESSION)
                .withKnobs(DataKnobs.none().withLabelNoise(0.1))))
                .containsExactly("label noise flips class labels, but this dataset is a regression (found label noise 0.1)");
    }

    @Test
    void mnistAugmentationAddsCopiesOfTheTrainingDigitsOnly() throws DataException {
        DatasetSpec mnist = DatasetSpec.mnist().withSamples(200);
        PreparedData plain = DataPipeline.prepare(mnist);
        PreparedData augmented = DataPipeline.prepare(mnist.withKnobs(
                DataKnobs.none().withAugmentation(Augmentation.digits(2))));
        assertThat(augmented.train().size()).isEqualTo(3 * plain.train().size());
        assertThat(augmented.train().features()[0]).isEqualTo(plain.train().features()[0]);
        int n = plain.train().size();
        assertThat(augmented.train().labels()[n + 5]).isEqualTo(plain.train().labels()[5]);
        assertThat(augmented.train().features()[n + 5]).isNotEqualTo(plain.train().features()[5]);
        assertThat(augmented.validation().features()).isDeepEqualTo(plain.validation().features());
        assertThat(augmented.test().size()).isEqualTo(2000);
    }

    @Test
    void aProjectWithoutKnobsIsWrittenAsBeforeAndStillLoads() throws Exception {
        Project moons = ProjectFile.read(SampleData.resolve("projects/moons.json"));
        assertThat(moons.dataset().knobs()).isEqualTo(DataKnobs.none());
        String json = ProjectFile.toJson(moons);
        assertThat(json).doesNotContain("knobs");
        assertThat(json.replace("\r\n", "\n"))
                .isEqualTo(Files.readString(SampleData.resolve("projects/moons.json")).replace("\r\n", "\n").strip());
    }

    @Test
    void knobsSurviveTheProjectFileRoundTrip() throws Exception {
        Project moons = ProjectFile.read(SampleData.resolve("projects/moons.json"));
        DataKnobs knobs = new DataKnobs(0.1, 200, 1, 1000, new Augmentation(0, true, 10, 1, 0.1, 0.05));
        Project changed = moons.withDataset(moons.dataset().withKnobs(knobs));
        String json = ProjectFile.toJson(changed);
        assertThat(json).contains("\"labelNoise\" : 0.1");
        assertThat(ProjectFile.fromJson(json, "test")).isEqualTo(changed);
    }
}
