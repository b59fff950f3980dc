package org.layerlab.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.export.MetricsCsv;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.graph.WeightInit;
import org.layerlab.engine.train.TrainingConfig;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayerLabCliTest {

    private record Result(int code, String out, String err) {
    }

    private static Result layerlab(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LayerLabCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private static String sampleProject(String name) {
        return SampleData.resolve("projects/" + name).toString();
    }

    @Test
    void trainWritesTheMetricsCsvWithOneRowPerEpochAndExportsTheModel(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("metrics.csv");
        Path zip = dir.resolve("model.zip");

        Result r = layerlab("train", sampleProject("xor-hidden.json"), "--epochs", "3", "--seed", "7",
                "--metrics", csv.toString(), "--export", zip.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("epoch,train_loss,train_accuracy,val_loss,val_accuracy,learning_rate");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith("3,").doesNotContain(",,");
        assertThat(r.out()).contains("epoch 1/3", "epoch 3/3", "Finished 3 epochs.");
        assertThat(r.out().lines().filter(l -> l.startsWith("result")).findFirst().orElseThrow())
                .contains("train loss", "acc", "validation loss", "test");
        assertThat(zip).isNotEmptyFile();
    }

    @Test
    void regressionMetricsLeaveTheAccuracyColumnsEmpty(@TempDir Path dir) throws Exception {
        ModelGraph graph = ModelGraph.chain(new InputSpec(1),
                new DenseSpec(8, Activation.TANH, WeightInit.GLOROT_UNIFORM, 0, 0, true),
                new OutputSpec(1, Activation.LINEAR, Loss.MSE));
        Project project = new Project("sine", "", graph, DatasetSpec.defaultsFor(DatasetKind.REGRESSION),
                TrainingConfig.defaults().withEpochs(2));
        Path file = dir.resolve("sine.json");
        ProjectFile.write(project, file);
        Path csv = dir.resolve("metrics.csv");

        Result r = layerlab("train", file.toString(), "--quiet", "--metrics", csv.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(MetricsCsv.HEADER);
        assertThat(lines.get(1)).matches("1,[0-9.E-]+,,[0-9.E-]+,,0\\.01");
        assertThat(r.out().lines().toList()).hasSize(1).allMatch(l -> l.startsWith("result") && !l.contains("acc"));
    }

    @Test
    void aMissingProjectFileIsOneLineAndExitCodeOne() {
        Result r = layerlab("train", "nope.json");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("layerlab: cannot read nope.json: nope.json does not exist"
                + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonSaysSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "this is not json");

        Result r = layerlab("train", file.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("layerlab: cannot read " + file + ": notes.json is not valid JSON")
                .doesNotContain("\tat ");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void aGraphWithProblemsListsThem(@TempDir Path dir) throws Exception {
        ModelGraph graph = ModelGraph.chain(new InputSpec(2),
                new DenseSpec(0, Activation.RELU, WeightInit.HE_NORMAL, 0, 0, true),
                new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));
        Path file = dir.resolve("broken.json");
        ProjectFile.write(new Project("broken", "", graph, DatasetSpec.defaultsFor(DatasetKind.MOONS),
                TrainingConfig.defaults()), file);

        Result r = layerlab("train", file.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("layerlab: " + file + ": project 'broken' cannot be trained: ")
                .contains("dense_1: units must be 1..4096, found 0")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
        Result r = layerlab("train", "x.json", "--bogus");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("layerlab: Unknown option: '--bogus' (see 'layerlab train --help')"
                + System.lineSeparator());
    }

    @Test
    void zeroEpochsIsAUsageError() {
        Result r = layerlab("train", sampleProject("xor-hidden.json"), "--epochs", "0");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("layerlab: --epochs must be at least 1, found 0");
    }

    @Test
    void anOutputInAMissingFolderFailsBeforeTraining(@TempDir Path dir) {
        Path csv = dir.resolve("no-such-folder").resolve("metrics.csv");

        Result r = layerlab("train", sampleProject("xor-hidden.json"), "--metrics", csv.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("layerlab: cannot write " + csv + ": the folder " + csv.getParent()
                + " does not exist" + System.lineSeparator());
    }

    @Test
    void noCommandIsAUsageError() {
        Result r = layerlab();

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("layerlab: no command given");
    }

    @Test
    void datasetsListsEveryBuiltInDatasetWithItsDefaults() {
        Result r = layerlab("datasets");

        assertThat(r.code()).isZero();
        for (DatasetKind kind : DatasetKind.values()) {
            assertThat(r.out()).contains("  " + kind.key() + " ", kind.description());
        }
        assertThat(r.out()).contains("1000 samples, noise 0.2, split 70/30/0 train/validation/test, standardize, seed 42");
    }

    @Test
    void benchPrintsATableOfMedianP90TargetAndResultForEveryCase() {
        Result r = layerlab("bench", "--quick");

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("case "))).singleElement().satisfies(header ->
                assertThat(header.split(" {2,}")).containsExactly("case", "median", "p90", "unit", "target", "result"));
        List<String> rows = r.out().lines()
                .filter(l -> l.matches("\\S.*? {2,}[0-9.,-]+ {2,}[0-9.,-]+ {2,}\\S+ +(\\S+ )?[-<>=0-9. ]+ {2,}(PASS|MISS|-).*"))
                .toList();
        assertThat(rows).extracting(l -> l.split(" {2,}")[0]).containsExactly(
                "playground epochs/s, every view",
                "view cost (epochs/s lost to the views)",
                "moons iteration (2-16-16-2, batch 32)",
                "decision grid 100x100 (layerlab-views)",
                "mnist mlp (784-512-256-128-10, batch 128)",
                "mnist mlp iteration",
                "mnist mlp training throughput",
                "matrix product 1024x1024, float (BLAS ceiling)");
        assertThat(rows).extracting(l -> l.split(" {2,}")[3])
                .containsExactly("epochs/s", "%", "ms", "ms", "GFLOP/s", "ms", "samples/s", "GFLOP/s");
        assertThat(rows.get(0)).contains(">= 68");
        assertThat(r.out()).contains("playground: 2-16-16-1, circles; batch 10, sgd lr 0.03");
    }

    @Test
    void versionNamesLayerLabAndDl4j() {
        Result r = layerlab("--version");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("LayerLab ").contains("Deeplearning4j 1.0.0-M2.1");
    }
}
