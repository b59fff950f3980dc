package org.layerlab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.app.dataset.DatasetViewModel;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.graph.GraphValidator;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFileException;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.Optimizer;

class ProjectDocumentTest {

    @TempDir
    Path dir;

    private final GraphEditor editor = new GraphEditor(ModelGraph.empty());
    private final ProjectDocument document = new ProjectDocument(editor);

    static ModelGraph network() {
        return ModelGraph.chain(new InputSpec(2), DenseSpec.of(16, Activation.RELU),
                new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));
    }

    @Test
    void aNewDocumentIsCleanUntitledAndOnMoons() {
        assertThat(document.isDirty()).isFalse();
        assertThat(document.displayName()).isEqualTo("Untitled");
        assertThat(document.fileProperty().get()).isNull();
        assertThat(document.datasetProperty().get().kind()).isEqualTo(DatasetKind.MOONS);
        assertThat(document.titleProperty().get()).isEqualTo("Untitled — LayerLab");
    }

    @Test
    void editingTheGraphMakesItDirtyAndSavingMakesItCleanAgain() throws Exception {
        editor.addNode(LayerKind.DENSE, 100, 100);
        assertThat(document.isDirty()).isTrue();
        assertThat(document.titleProperty().get()).startsWith("• ");

        Path file = dir.resolve("net.layerlab.json");
        document.saveAs(file);

        assertThat(document.isDirty()).isFalse();
        assertThat(document.fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(document.nameProperty().get()).isEqualTo("net");
        assertThat(document.titleProperty().get()).isEqualTo("net.layerlab.json — LayerLab");
    }

    @Test
    void changingASettingMakesItDirtyAndChangingItBackMakesItCleanAgain() {
        DatasetSpec saved = document.datasetProperty().get();
        document.datasetProperty().set(saved.withSamples(300));
        assertThat(document.isDirty()).isTrue();
        document.datasetProperty().set(saved);
        assertThat(document.isDirty()).isFalse();

        document.trainingProperty().set(document.trainingProperty().get().withEpochs(7));
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void savingAndOpeningRestoresTheGraphTheDatasetAndTheConfigExactly() throws Exception {
        editor.reset(network());
        document.datasetProperty().set(DatasetSpec.defaultsFor(DatasetKind.SPIRAL).withNoise(0.25).withSeed(7));
        document.trainingProperty().set(document.trainingProperty().get().withOptimizer(Optimizer.RMSPROP)
                .withLearningRate(0.003).withBatchSize(16).withEpochs(40).withSeed(99));
        Project before = document.project();
        Path file = dir.resolve("spiral.layerlab.json");
        document.saveAs(file);

        document.newProject();
        assertThat(document.project().graph()).isEqualTo(ModelGraph.empty());

        document.open(file);
        assertThat(document.project()).isEqualTo(before.withName("spiral"));
        assertThat(document.isDirty()).isFalse();
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void aFileThatCannotBeReadLeavesTheOpenProjectUntouched() throws Exception {
        editor.reset(network());
        document.trainingProperty().set(document.trainingProperty().get().withEpochs(12));
        Project before = document.project();
        Path corrupt = dir.resolve("corrupt.layerlab.json");
        Files.writeString(corrupt, "{ \"schemaVersion\": 1, \"graph\": [");

        assertThatThrownBy(() -> document.open(corrupt)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("corrupt.layerlab.json");

        assertThat(document.project()).isEqualTo(before);
        assertThat(document.isDirty()).isTrue();
        assertThat(document.fileProperty().get()).isNull();
    }

    @Test
    void everySampleProjectOpensCleanAndValid() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(SampleData.resolve("projects"))) {
            samples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).extracting(f -> f.getFileName().toString())
                .contains("moons.json", "xor-linear.json", "xor-hidden.json", "mnist-mlp.json");
        for (Path sample : samples) {
            document.open(sample);
            Project p = document.project();
            assertThat(document.isDirty()).as(sample.toString()).isFalse();
            assertThat(GraphValidator.validate(p.graph(), DatasetViewModel.expectedShape(p.dataset())))
                    .as(sample.toString()).isEmpty();
        }
    }

    @Test
    void saveWithoutAFileIsRefusedUntilSaveAsGivesOne() {
        assertThatThrownBy(document::save).isInstanceOf(IllegalStateException.class).hasMessageContaining("Save As");
    }

    @Test
    void projectNamesDropTheProjectSuffix() {
        assertThat(ProjectDocument.projectNameOf(Path.of("a/moons.layerlab.json"))).isEqualTo("moons");
        assertThat(ProjectDocument.projectNameOf(Path.of("xor-hidden.json"))).isEqualTo("xor-hidden");
        assertThat(ProjectDocument.projectNameOf(Path.of("plain"))).isEqualTo("plain");
    }
}
