package org.layerlab.engine.dl4j;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.DataPipeline;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.FeatureScaler;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainableModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The data helper's real pipeline feeding this package: sample projects and every normalization. */
class SampleProjectsTest {

    @Test
    void everySampleProjectCompilesWithItsPreparedDataAndFitsABatch() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(SampleData.root().resolve("projects"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Project project = ProjectFile.read(file);
            DatasetSpec spec = project.dataset();
            if (spec.kind() == DatasetKind.MNIST) {
                spec = spec.withSamples(600); // the whole MLP, on fewer digits
            }
            PreparedData data = DataPipeline.prepare(spec);
            try (TrainableModel model = Dl4jModels.create(project.graph(), project.training(), data)) {
                model.beginEpoch(0);
                double score = model.fitBatch(0);
                assertThat(score).as(file.getFileName().toString()).isFinite();
                assertThat(model.evaluate(SplitName.VALIDATION).loss()).as(file.getFileName().toString()).isFinite();
            }
        }
    }

    @Test
    void theDl4jNormalizerTransformsLikeTheFittedScaler() throws Exception {
        for (Normalization normalization : new Normalization[]{Normalization.STANDARDIZE, Normalization.MIN_MAX}) {
            PreparedData data = DataPipeline.prepare(DatasetSpec.defaultsFor(DatasetKind.MOONS).withNormalization(normalization));
            checkAgainstReference(data);
        }
        checkAgainstReference(DataPipeline.prepare(DatasetSpec.mnist().withSamples(200)));
    }

    private static void checkAgainstReference(PreparedData data) {
        FeatureScaler scaler = data.scaler();
        float[][] raw = data.validation().features();
        var normalizer = Normalizers.of(scaler);
        var x = org.nd4j.linalg.factory.Nd4j.createFromArray(raw);
        Normalizers.apply(normalizer, x);
        float[] dl4j = Copies.floats(x);
        float[][] reference = scaler.transform(raw);
        int width = raw[0].length;
        for (int i = 0; i < raw.length; i += 7) {
            for (int j = 0; j < width; j += Math.max(1, width / 16)) {
                assertThat(dl4j[i * width + j]).as(scaler.kind() + " row %d feature %d", i, j)
                        .isCloseTo(reference[i][j], within(1e-5f * Math.max(1, Math.abs(reference[i][j]))));
            }
        }
    }
}
