package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.ActivationSpec;
import org.layerlab.engine.graph.AlphaDropoutSpec;
import org.layerlab.engine.graph.BatchNormSpec;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.GaussianDropoutSpec;
import org.layerlab.engine.graph.GaussianNoiseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerNormSpec;
import org.layerlab.engine.graph.LayerSpec;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.WeightInit;
import org.layerlab.engine.train.Evaluation;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompileAndTrainTest {

    private static final PreparedData BLOBS = TestData.blobs(300, 7, Normalization.STANDARDIZE);
    private static final TrainingConfig ADAM = TrainingConfig.defaults().withBatchSize(16);

    @Test
    void aChainCompilesToAMultiLayerNetworkAndItsLossDrops() {
        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH), DenseSpec.of(8, Activation.RELU));
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, ADAM, BLOBS)) {
            assertThat(model.network().model()).isInstanceOf(MultiLayerNetwork.class);
            assertThat(model.trainingExamples()).isEqualTo(210);
            assertThat(model.batchesPerEpoch()).isEqualTo(14); // 13 full batches of 16 and the last 2
            Evaluation before = model.evaluate(SplitName.TRAIN);
            Graphs.fitEpochs(model, 0, 5);
            Evaluation after = model.evaluate(SplitName.TRAIN);
            assertThat(after.loss()).isLessThan(before.loss() * 0.5);
            assertThat(model.evaluate(SplitName.VALIDATION).accuracy()).isGreaterThan(0.95);
        }
    }

    @Test
    void branchedGraphsCompileToAComputationGraphAndLearnWithConcatenateAndAdd() {
        for (MergeMode mode : MergeMode.values()) {
            try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(Graphs.branched(mode), ADAM, BLOBS)) {
                assertThat(model.network().model()).as(mode.key()).isInstanceOf(ComputationGraph.class);
                ComputationGraph cg = (ComputationGraph) model.network().model();
                assertThat(cg.getVertex("merge_1").getClass().getSimpleName())
                        .isEqualTo(mode == MergeMode.CONCATENATE ? "MergeVertex" : "ElementWiseVertex");
                // concatenating two 8-unit branches feeds 16 values to the output, adding feeds 8
                assertThat(cg.getLayer("output_1").getParam("W").rows()).isEqualTo(mode == MergeMode.CONCATENATE ? 16 : 8);
                double before = model.evaluate(SplitName.TRAIN).loss();
                Graphs.fitEpochs(model, 0, 5);
                assertThat(model.evaluate(SplitName.TRAIN).loss()).as(mode.key()).isLessThan(before * 0.5);
            }
        }
    }

    @Test
    void everyLayerKindCompilesAndTrainsAFewBatches() {
        List<LayerSpec> hidden = List.of(
                DenseSpec.of(12, Activation.RELU).withWeightInit(WeightInit.HE_NORMAL),
                new BatchNormSpec(0.9, 0.001),
                new DropoutSpec(0.3),
                DenseSpec.of(12, Activation.TANH), new LayerNormSpec(),
                new GaussianNoiseSpec(0.1),
                new ActivationSpec(Activation.SWISH),
                new GaussianDropoutSpec(0.2),
                DenseSpec.of(12, Activation.SELU).withWeightInit(WeightInit.LECUN_NORMAL),
                new AlphaDropoutSpec(0.1),
                DenseSpec.of(12, Activation.LEAKY_RELU).withWeightInit(WeightInit.GLOROT_NORMAL).withBias(false));
        ModelGraph graph = Graphs.chain(2, 2, hidden.toArray(LayerSpec[]::new));
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, ADAM, BLOBS)) {
            MultiLayerNetwork net = (MultiLayerNetwork) model.network().model();
            // LayerNormalization folds into the Dense before it: one DL4J layer fewer than graph layers
            assertThat(net.getnLayers()).isEqualTo(hidden.size());
            assertThat(((DenseLayer) net.getLayer(3).conf().getLayer()).hasLayerNorm()).isTrue();
            assertThat(((DenseLayer) net.getLayer(0).conf().getLayer()).hasLayerNorm()).isFalse();
            assertThat(net.getLayer(9).paramTable()).doesNotContainKey("b");
            double before = model.evaluate(SplitName.TRAIN).loss();
            double[] scores = Graphs.fitEpochs(model, 0, 3);
            assertThat(Arrays.stream(scores).allMatch(Double::isFinite)).isTrue();
            assertThat(model.evaluate(SplitName.TRAIN).loss()).isLessThan(before);
        }
    }

    @Test
    void dropoutAsTheFirstLayerLeavesTheTrainingDataUntouched() {
        ModelGraph graph = Graphs.chain(2, 2, new DropoutSpec(0.5), DenseSpec.of(8, Activation.RELU));
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, ADAM, BLOBS)) {
            float[] features = Copies.floats(model.feed().split(SplitName.TRAIN).features());
            float[] firstBatch = Copies.floats(model.feed().batch(0).getFeatures());
            model.fitBatch(0);
            assertThat(Copies.floats(model.feed().batch(0).getFeatures())).containsExactly(firstBatch);
            assertThat(Copies.floats(model.feed().split(SplitName.TRAIN).features())).containsExactly(features);
        }
    }

    @Test
    void theSameSeedGivesTheSameRunAndEpochsAreShuffledDifferently() {
        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH), new DropoutSpec(0.2));
        double[] first;
        float[] firstParams;
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, ADAM, BLOBS)) {
            model.beginEpoch(0);
            float[] epoch0 = Copies.floats(model.feed().batch(0).getLabels());
            model.beginEpoch(1);
            assertThat(Copies.floats(model.feed().batch(0).getLabels())).isNotEqualTo(epoch0);
            first = Graphs.fitEpochs(model, 0, 2);
            firstParams = model.copyParameters();
        }
        try (TrainableModel again = Dl4jModels.create(graph, ADAM, BLOBS)) {
            assertThat(Graphs.fitEpochs(again, 0, 2)).containsExactly(first);
            assertThat(again.copyParameters()).containsExactly(firstParams);
        }
    }

    @Test
    void copiedParametersCanBePutBack() {
        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH));
        try (TrainableModel model = Dl4jModels.create(graph, ADAM, BLOBS)) {
            float[] saved = model.copyParameters();
            double loss = model.evaluate(SplitName.TRAIN).loss();
            Graphs.fitEpochs(model, 0, 2);
            assertThat(model.evaluate(SplitName.TRAIN).loss()).isNotEqualTo(loss);
            model.restoreParameters(saved);
            assertThat(model.copyParameters()).containsExactly(saved);
            assertThat(model.evaluate(SplitName.TRAIN).loss()).isEqualTo(loss);
            assertThatThrownBy(() -> model.restoreParameters(new float[3]))
                    .hasMessageContaining("expected " + saved.length + " parameters, found 3");
        }
    }

    @Test
    void graphsDl4jCannotCompileAreRefusedNamingTheNode() {
        assertThatThrownBy(() -> Dl4jModels.create(Graphs.chain(2, 2, new DropoutSpec(0.2), new LayerNormSpec()), ADAM, BLOBS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer_norm_1").hasMessageContaining("right after a Dense");
        assertThatThrownBy(() -> Dl4jModels.create(Graphs.chain(2, 3, DenseSpec.of(4, Activation.RELU)), ADAM, BLOBS))
                .hasMessageContaining("output_1").hasMessageContaining("3 units").hasMessageContaining("2 classes");
        assertThatThrownBy(() -> Dl4jModels.create(Graphs.chain(3, 2, DenseSpec.of(4, Activation.RELU)), ADAM, BLOBS))
                .hasMessageContaining("input_1").hasMessageContaining("3 features");
        assertThatThrownBy(() -> Dl4jModels.create(Graphs.chain(2, 2, new DropoutSpec(1.0)), ADAM, BLOBS))
                .hasMessageContaining("dropout_1").hasMessageContaining("found 1.0");
        ModelGraph dangling = Graphs.chain(2, 2, DenseSpec.of(4, Activation.RELU))
                .withNode(new org.layerlab.engine.graph.Node("dense_9", DenseSpec.of(3, Activation.RELU), 0, 0))
                .connect("input_1", "dense_9");
        assertThatThrownBy(() -> Dl4jModels.create(dangling, ADAM, BLOBS))
                .hasMessageContaining("dense_9").hasMessageContaining("not connected");
        ModelGraph noInput = ModelGraph.chain(DenseSpec.of(2, Activation.RELU), Graphs.softmax(2));
        assertThatThrownBy(() -> Dl4jModels.create(noInput, ADAM, BLOBS)).hasMessageContaining("no Input node");
        assertThatThrownBy(() -> Dl4jModels.create(ModelGraph.chain(new InputSpec(2), Graphs.softmax(2)),
                ADAM.withBatchSize(0), BLOBS)).hasMessageContaining("batch size must be at least 1, found 0");
    }
}
