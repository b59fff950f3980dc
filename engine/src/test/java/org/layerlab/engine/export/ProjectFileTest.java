package org.layerlab.engine.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.BatchNormSpec;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.EarlyStopping;
import org.layerlab.engine.train.Optimizer;
import org.layerlab.engine.train.Schedule;
import org.layerlab.engine.train.TrainingConfig;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Project files: exact round trips, atomic writes, and clear refusals. */
class ProjectFileTest {

    private static Project project() {
        ModelGraph graph = ModelGraph.chain(new InputSpec(2), DenseSpec.of(16, Activation.RELU).withL2(0.001),
                BatchNormSpec.defaults(), new DropoutSpec(0.3),
                new OutputSpec(1, Activation.SIGMOID, Loss.BINARY_CROSSENTROPY)).withMoved("dense_1", 312.5, 240);
        DatasetSpec data = DatasetSpec.defaultsFor(DatasetKind.CIRCLES).withSamples(321).withNoise(0.15)
                .withRatios(0.6, 0.2, 0.2).withNormalization(Normalization.MIN_MAX).withSeed(7);
        TrainingConfig training = TrainingConfig.defaults().withOptimizer(Optimizer.NESTEROV).withLearningRate(0.02)
                .withSchedule(Schedule.STEP_DECAY, 0.5, 5).withBatchSize(16).withEpochs(33).withSeed(99)
                .withPenalties(0.0, 0.0001).withEarlyStopping(EarlyStopping.patience(4));
        return new Project("Circles", "A test project with every section set.", graph, data, training);
    }

    @Test
    void aProjectSurvivesTheJsonRoundTripExactly() throws Exception {
        Project project = project();
        assertThat(ProjectFile.fromJson(ProjectFile.toJson(project), "test")).isEqualTo(project);
    }

    @Test
    void aProjectSurvivesWritingAndReadingAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("circles.layerlab.json");
        ProjectFile.write(project(), file);
        assertThat(ProjectFile.read(file)).isEqualTo(project());
        assertThat(Files.readString(file).replace("\r\n", "\n")).startsWith("{\n  \"schemaVersion\" : 1,");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void aFutureSchemaVersionIsRefusedNamingBothVersions() {
        String json = ProjectFile.toJson(project()).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
        assertThatThrownBy(() -> ProjectFile.fromJson(json, "future.json")).isInstanceOf(ProjectFileException.class)
                .hasMessage("future.json was written with project schema version 2, newer than this LayerLab reads (1):"
                        + " update LayerLab to open it");
    }

    @Test
    void aMissingSchemaVersionIsRefused() {
        String json = ProjectFile.toJson(project()).replace("\"schemaVersion\" : 1,", "");
        assertThatThrownBy(() -> ProjectFile.fromJson(json, "old.json"))
                .hasMessage("old.json is not a LayerLab project: it has no schemaVersion");
    }

    @Test
    void malformedJsonIsReportedWithItsLine() {
        String json = ProjectFile.toJson(project()).replaceFirst("\"name\" : \"Circles\",", "\"name\" : \"Circles\"");
        assertThatThrownBy(() -> ProjectFile.fromJson(json, "broken.json"))
                .hasMessageStartingWith("broken.json is not valid JSON: ").hasMessageEndingWith("(line 4)");
    }

    @Test
    void anUnknownFieldIsRefusedWithItsName() {
        String json = ProjectFile.toJson(project()).replace("\"name\" : \"Circles\",",
                "\"name\" : \"Circles\", \"colour\" : \"red\",");
        assertThatThrownBy(() -> ProjectFile.fromJson(json, "extra.json"))
                .hasMessageStartingWith("extra.json is not a valid LayerLab project: ").hasMessageContaining("colour");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.json");
        assertThatThrownBy(() -> ProjectFile.read(file)).isInstanceOf(ProjectFileException.class)
                .hasMessage(file + " does not exist");
    }
}
