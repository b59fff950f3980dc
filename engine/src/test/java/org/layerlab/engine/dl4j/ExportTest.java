package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFileException;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.BatchNormSpec;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerNormSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.Optimizer;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportTest {

    private static final PreparedData BLOBS = TestData.blobs(300, 13, Normalization.STANDARDIZE);
    /** SGD + momentum trains with LayerLab's own updater class, which the export must swap out. */
    private static final TrainingConfig MOMENTUM = TrainingConfig.defaults().withOptimizer(Optimizer.MOMENTUM)
            .withLearningRate(0.05).withBatchSize(16);

    @TempDir
    Path dir;

    private static Project project(ModelGraph graph, PreparedData data, TrainingConfig config) {
        return new Project("export test", "made by ExportTest", graph, data.spec(), config);
    }

    /** What a plain DL4J program does with the zip: restore, normalise raw features, output. */
    private static float[] plainDl4jOutput(Path zip, float[][] raw, boolean graph) throws IOException {
        DataNormalization normalizer = ModelSerializer.restoreNormalizerFromFile(zip.toFile());
        INDArray x = Nd4j.createFromArray(raw);
        if (normalizer != null) {
            normalizer.transform(x);
        }
        if (graph) {
            ComputationGraph cg = ModelSerializer.restoreComputationGraph(zip.toFile());
            return cg.outputSingle(x).dup().data().asFloat();
        }
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(zip.toFile());
        return net.output(x).dup().data().asFloat();
    }

    /** Predictions row by row as floats: the network computes in float32, so these compare exactly. */
    private static float[] flatten(double[][] rows) {
        float[] out = new float[Arrays.stream(rows).mapToInt(r -> r.length).sum()];
        int k = 0;
        for (double[] row : rows) {
            for (double v : row) {
                out[k++] = (float) v;
            }
        }
        return out;
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anExportedChainPredictsInPlainDl4jExactlyWhatLayerLabPredicts() throws IOException {
        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH), new LayerNormSpec(),
                new BatchNormSpec(0.9, 0.001), new DropoutSpec(0.2), DenseSpec.of(6, Activation.RELU));
        Path zip = dir.resolve("chain.zip");
        float[][] raw = BLOBS.validation().features();
        try (TrainableModel model = Dl4jModels.create(graph, MOMENTUM, BLOBS)) {
            Graphs.fitEpochs(model, 0, 2);
            model.evaluate(SplitName.TRAIN);
            model.evaluate(SplitName.VALIDATION);
            Project project = project(graph, BLOBS, MOMENTUM);
            model.exportModel(zip, project);
            float[] expected = flatten(model.predict(raw));

            assertThat(plainDl4jOutput(zip, raw, false)).containsExactly(expected);
            assertThat(entry(zip, ModelSerializer.CONFIGURATION_JSON)).doesNotContain("org.layerlab")
                    .contains("Nesterovs");

            try (LoadedModel loaded = ModelFile.load(zip)) {
                assertThat(flatten(loaded.predict(raw))).containsExactly(expected);
                assertThat(loaded.project()).isEqualTo(project);
                assertThat(loaded.isClassification()).isTrue();
                assertThat(loaded.classNames()).containsExactly("class 0", "class 1");
                Map<String, Object> p = loaded.provenance();
                assertThat(p).containsEntry("dl4jVersion", "1.0.0-M2.1").containsEntry("trainingSeed", 42)
                        .containsEntry("epochsTrained", 2).containsEntry("network", "MultiLayerNetwork")
                        .containsEntry("normalization", "standardize").containsKeys("javaVersion", "os", "backend",
                                "createdAt", "layerlabVersion");
                assertThat(p.get("backend").toString()).startsWith("CPU");
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> metrics = (Map<String, Map<String, Object>>) p.get("lastMetrics");
                assertThat(((Number) metrics.get("validation").get("accuracy")).doubleValue()).isGreaterThan(0.9);
                @SuppressWarnings("unchecked")
                Map<String, Object> dataset = (Map<String, Object>) p.get("dataset");
                assertThat(dataset).containsEntry("kind", "blobs").containsEntry("seed", 13);
            }
        }
    }

    @Test
    void anExportedComputationGraphPredictsInPlainDl4jExactlyWhatLayerLabPredicts() throws IOException {
        ModelGraph graph = Graphs.branched(MergeMode.CONCATENATE);
        Path zip = dir.resolve("graph.zip");
        float[][] raw = BLOBS.validation().features();
        try (TrainableModel model = Dl4jModels.create(graph, MOMENTUM, BLOBS)) {
            Graphs.fitEpochs(model, 0, 1);
            model.exportModel(zip, project(graph, BLOBS, MOMENTUM));
            float[] expected = flatten(model.predict(raw));
            assertThat(plainDl4jOutput(zip, raw, true)).containsExactly(expected);
            assertThat(entry(zip, ModelSerializer.CONFIGURATION_JSON)).doesNotContain("org.layerlab");
            try (LoadedModel loaded = ModelFile.load(zip)) {
                assertThat(loaded.network()).isInstanceOf(ComputationGraph.class);
                assertThat(flatten(loaded.predict(raw))).containsExactly(expected);
            }
        }
    }

    @Test
    void pixelScalingAndASingleSigmoidUnitSurviveTheExport() throws IOException {
        PreparedData pixels = TestData.pixels(120, 6, 3);
        ModelGraph graph = ModelGraph.chain(new InputSpec(6), DenseSpec.of(4, Activation.RELU),
                new OutputSpec(1, Activation.SIGMOID, Loss.BINARY_CROSSENTROPY));
        Path zip = dir.resolve("pixels.zip");
        float[][] raw = pixels.validation().features();
        try (TrainableModel model = Dl4jModels.create(graph, MOMENTUM, pixels)) {
            Graphs.fitEpochs(model, 0, 1);
            model.exportModel(zip, project(graph, pixels, MOMENTUM));
            double[][] predicted = model.predict(raw);
            float[] plain = plainDl4jOutput(zip, raw, false);
            assertThat(plain).hasSize(raw.length); // one sigmoid column
            for (int i = 0; i < raw.length; i++) {
                assertThat((float) predicted[i][1]).isEqualTo(plain[i]);
                assertThat(predicted[i][0]).isEqualTo(1 - predicted[i][1]);
            }
            try (LoadedModel loaded = ModelFile.load(zip)) {
                assertThat(loaded.predict(raw)).isDeepEqualTo(predicted);
            }
        }
        PreparedData unscaled = TestData.blobs(100, 4, Normalization.NONE);
        Path none = dir.resolve("none.zip");
        try (TrainableModel model = Dl4jModels.create(Graphs.chain(2, 2, DenseSpec.of(4, Activation.TANH)), MOMENTUM, unscaled)) {
            model.exportModel(none, project(Graphs.chain(2, 2, DenseSpec.of(4, Activation.TANH)), unscaled, MOMENTUM));
            assertThat((Object) ModelSerializer.restoreNormalizerFromFile(none.toFile())).isNull();
            try (LoadedModel loaded = ModelFile.load(none)) {
                assertThat(loaded.predict(unscaled.train().features())).isDeepEqualTo(model.predict(unscaled.train().features()));
            }
        }
    }

    @Test
    void exportingDuringARunDoesNotChangeIt() throws IOException {
        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH), new DropoutSpec(0.3));
        float[] quiet;
        try (TrainableModel model = Dl4jModels.create(graph, MOMENTUM, BLOBS)) {
            Graphs.fitEpochs(model, 0, 2);
            quiet = model.copyParameters();
        }
        try (TrainableModel model = Dl4jModels.create(graph, MOMENTUM, BLOBS)) {
            Graphs.fitEpochs(model, 0, 1);
            model.exportModel(dir.resolve("mid.zip"), project(graph, BLOBS, MOMENTUM));
            Graphs.fitEpochs(model, 1, 1);
            assertThat(model.copyParameters()).containsExactly(quiet);
        }
    }

    @Test
    void filesThatAreNotLayerLabModelsAreRefusedWithTheReason() throws IOException {
        Path text = dir.resolve("notes.zip");
        Files.writeString(text, "this is not a zip");
        assertThatThrownBy(() -> ModelFile.load(text)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("notes.zip").hasMessageContaining("not a zip file");

        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(4, Activation.TANH));
        Path good = dir.resolve("good.zip");
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, MOMENTUM, BLOBS)) {
            model.exportModel(good, project(graph, BLOBS, MOMENTUM));
            Path plain = dir.resolve("plain-dl4j.zip");
            ModelSerializer.writeModel(model.network().model(), plain.toFile(), false);
            assertThatThrownBy(() -> ModelFile.load(plain)).isInstanceOf(ProjectFileException.class)
                    .hasMessageContaining("plain-dl4j.zip").hasMessageContaining("not a LayerLab export");
        }
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> ModelFile.load(truncated)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("truncated.zip").hasMessageContaining("truncated");
        assertThatThrownBy(() -> ModelFile.load(dir.resolve("missing.zip"))).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("missing.zip does not exist");
    }
}
