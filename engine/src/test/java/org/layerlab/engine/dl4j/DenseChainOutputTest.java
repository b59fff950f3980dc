package org.layerlab.engine.dl4j;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
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
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision surface's Dense-chain output is DL4J's own output of the same network, value for
 * value, and networks with anything else in them keep DL4J's output.
 */
class DenseChainOutputTest {

    private static final TrainingConfig SGD = TrainingConfig.defaults().withBatchSize(10);

    @Test
    void aDenseChainsOutputEqualsDl4jsForTheSameInputs() {
        PreparedData blobs = TestData.blobs(300, 5, Normalization.STANDARDIZE);
        ModelGraph[] graphs = {
                // The playground's network: tanh layers, one sigmoid unit out.
                ModelGraph.chain(new InputSpec(2), DenseSpec.of(16, Activation.TANH), DenseSpec.of(16, Activation.TANH),
                        new OutputSpec(1, Activation.SIGMOID, Loss.BINARY_CROSSENTROPY)),
                // ReLU and sigmoid layers, softmax out.
                Graphs.chain(2, 2, DenseSpec.of(8, Activation.RELU), DenseSpec.of(12, Activation.SIGMOID)),
                // A Dense layer without a bias, with an L2 penalty (nothing at inference).
                Graphs.chain(2, 2, new DenseSpec(8, Activation.TANH, DenseSpec.of(8, Activation.TANH).weightInit(),
                        0, 0.01, false))};
        for (ModelGraph graph : graphs) {
            try (TrainableModel model = Dl4jModels.create(graph, SGD, blobs)) {
                Graphs.fitEpochs(model, 0, 2);
                NetworkAdapter live = ((Dl4jTrainableModel) model).network();
                NetworkAdapter replica = live.inferenceCopy();
                ViewTanh.install(replica);
                for (NetworkAdapter net : new NetworkAdapter[]{live, replica}) {
                    DenseChainOutput chain = DenseChainOutput.of(net);
                    assertThat(chain).as(graph.nodes().toString()).isNotNull();
                    // A 100x100 surface (the replica's large-batch tanh), a few points, the surface again
                    // (buffers reused and resized).
                    for (int rows : new int[]{10_000, 37, 10_000}) {
                        Nd4j.getRandom().setSeed(rows);
                        INDArray x = Nd4j.rand(DataType.FLOAT, rows, 2).subi(0.5).muli(6);
                        float[] expected = Copies.floats(net.output(x));
                        float[] actual = Copies.floats(chain.output(x));
                        assertThat(actual).as("rows " + rows).containsExactly(expected);
                        assertThat(expected).as("a trained output, not a constant")
                                .satisfies(v -> assertThat(v[0]).isNotEqualTo(v[v.length - 1]));
                    }
                }
            }
        }
    }

    @Test
    void networksWithOtherLayersKeepDl4jsOutput() {
        PreparedData blobs = TestData.blobs(200, 6, Normalization.STANDARDIZE);
        ModelGraph[] graphs = {
                Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH), BatchNormSpec.defaults()),
                Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH), new LayerNormSpec()),
                Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH), new DropoutSpec(0.3)),
                Graphs.branched(MergeMode.ADD)};
        for (ModelGraph graph : graphs) {
            try (TrainableModel model = Dl4jModels.create(graph, SGD, blobs)) {
                assertThat(DenseChainOutput.of(((Dl4jTrainableModel) model).network()))
                        .as(graph.nodes().toString()).isNull();
            }
        }
    }
}
