package org.layerlab.engine.graph;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projects shipped in sample-data/projects load, validate against their data, and stay in the
 * saved format. Their hyperparameters are left to the training tests, which may tune them.
 */
class SampleProjectsTest {

    private static Path projectsFolder() {
        String root = System.getProperty("layerlab.sampleData");
        assertThat(root).as("system property layerlab.sampleData (set by surefire)").isNotNull();
        return Path.of(root, "projects");
    }

    private static List<Path> projectFiles() throws Exception {
        try (Stream<Path> files = Files.list(projectsFolder())) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Project read(String name) throws Exception {
        return ProjectFile.read(projectsFolder().resolve(name));
    }

    /** The data's shape from its spec alone, without generating or loading a single example. */
    static DataShape shapeOf(DatasetSpec spec) {
        DatasetKind kind = spec.kind();
        if (kind == DatasetKind.MNIST) {
            return new DataShape(kind.key(), 28 * 28, 10);
        }
        if (kind == DatasetKind.REGRESSION) {
            return new DataShape(kind.key(), 1, 0);
        }
        assertThat(kind.isTwoDimensional()).as("a sample project on " + kind + " needs its shape here").isTrue();
        return new DataShape(kind.key(), 2, spec.classes());
    }

    @Test
    void theFourSampleProjectsAreShipped() throws Exception {
        assertThat(projectFiles()).extracting(p -> p.getFileName().toString())
                .contains("xor-linear.json", "xor-hidden.json", "moons.json", "mnist-mlp.json");
    }

    @Test
    void everySampleProjectIsValidAgainstItsData() throws Exception {
        for (Path file : projectFiles()) {
            Project project = ProjectFile.read(file);
            assertThat(GraphValidator.validate(project.graph(), shapeOf(project.dataset()))).as(file.toString())
                    .isEmpty();
            assertThat(project.name()).as(file.toString()).isNotBlank().isNotEqualTo("Untitled");
            assertThat(project.description()).as(file.toString()).endsWith(".");
        }
    }

    @Test
    void everySampleProjectIsExactlyWhatProjectFileWrites() throws Exception {
        for (Path file : projectFiles()) {
            String text = Files.readString(file).replace("\r\n", "\n");
            String rewritten = ProjectFile.toJson(ProjectFile.read(file)).replace("\r\n", "\n");
            assertThat(text).as(file.toString()).isEqualTo(rewritten);
        }
    }

    @Test
    void sampleNodesAreLaidOutLeftToRightOnOneLine() throws Exception {
        for (Path file : projectFiles()) {
            List<Node> nodes = ProjectFile.read(file).graph().nodes();
            for (int i = 0; i < nodes.size(); i++) {
                assertThat(nodes.get(i).x()).as(file + " " + nodes.get(i).id()).isEqualTo(100 + 200.0 * i);
                assertThat(nodes.get(i).y()).as(file + " " + nodes.get(i).id()).isEqualTo(200);
            }
        }
    }

    @Test
    void xorLinearHasNoHiddenLayerAndXorHiddenHasThirtyTanhUnits() throws Exception {
        Project linear = read("xor-linear.json");
        assertThat(linear.graph().nodes()).extracting(Node::spec).containsExactly(new InputSpec(2),
                new OutputSpec(1, Activation.SIGMOID, Loss.BINARY_CROSSENTROPY));
        assertThat(linear.dataset()).isEqualTo(DatasetSpec.defaultsFor(DatasetKind.XOR));

        Project hidden = read("xor-hidden.json");
        assertThat(hidden.graph().nodes()).extracting(Node::spec).containsExactly(new InputSpec(2),
                DenseSpec.of(30, Activation.TANH), new OutputSpec(1, Activation.SIGMOID, Loss.BINARY_CROSSENTROPY));
        assertThat(hidden.dataset()).isEqualTo(linear.dataset());
    }

    @Test
    void moonsHasTwoHiddenLayersOnAThousandNoisyPoints() throws Exception {
        Project moons = read("moons.json");
        assertThat(moons.dataset().kind()).isEqualTo(DatasetKind.MOONS);
        assertThat(moons.dataset().samples()).isEqualTo(1000);
        assertThat(moons.dataset().noise()).isEqualTo(0.2);
        assertThat(moons.graph().nodesOfKind(LayerKind.DENSE)).hasSize(2);
        assertThat(moons.graph().isChain()).isTrue();
    }

    @Test
    void mnistMlpIs784To10With567434Parameters() throws Exception {
        Project mnist = read("mnist-mlp.json");
        assertThat(mnist.dataset()).isEqualTo(DatasetSpec.mnist());
        assertThat(ModelSummary.of(mnist.graph()).rows()).extracting(ModelSummary.Row::outputShape)
                .containsExactly("(None, 784)", "(None, 512)", "(None, 256)", "(None, 128)", "(None, 10)");
        assertThat(ModelSummary.of(mnist.graph()).totalParameters()).isEqualTo(567_434);
    }
}
