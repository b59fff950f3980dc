package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.train.Optimizer;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chain's first Dense layer trains without the input gradient nobody reads: same scores and
 * weights bit for bit, and only where DL4J would throw that gradient away.
 */
class InputDenseLayerTest {

    private static final PreparedData PIXELS = TestData.pixels(200, 64, 3);

    private static MultiLayerNetwork network(TrainableModel model) {
        return (MultiLayerNetwork) ((Dl4jTrainableModel) model).network().model();
    }

    @Test
    void theFirstDenseLayerTrainsBitIdenticallyToDl4jsWithoutTheInputGradient() {
        ModelGraph graph = Graphs.chain(64, 2, DenseSpec.of(32, Activation.RELU), DenseSpec.of(16, Activation.TANH));
        for (TrainingConfig config : new TrainingConfig[]{TrainingConfig.defaults().withBatchSize(32),
                TrainingConfig.defaults().withOptimizer(Optimizer.SGD).withLearningRate(0.05).withBatchSize(20)
                        .withPenalties(0.001, 0.01)}) {
            try (TrainableModel lean = Dl4jModels.create(graph, config, PIXELS, true);
                 TrainableModel stock = Dl4jModels.create(graph, config, PIXELS, false)) {
                assertThat(network(lean).getLayer(0)).isInstanceOf(InputDenseLayer.Impl.class);
                assertThat(network(stock).getLayer(0)).isNotInstanceOf(InputDenseLayer.Impl.class);
                assertThat(network(lean).getLayer(1)).isNotInstanceOf(InputDenseLayer.Impl.class);

                double[] leanScores = Graphs.fitEpochs(lean, 0, 3);
                double[] stockScores = Graphs.fitEpochs(stock, 0, 3);

                assertThat(leanScores).hasSize(3 * lean.batchesPerEpoch()).isEqualTo(stockScores);
                assertThat(leanScores[leanScores.length - 1]).isLessThan(leanScores[0]);
                assertThat(lean.copyParameters()).isEqualTo(stock.copyParameters());
            }
        }
    }

    @Test
    void aChainThatStartsWithDropoutKeepsDl4jsLayers() {
        ModelGraph graph = Graphs.chain(64, 2, new DropoutSpec(0.2), DenseSpec.of(16, Activation.RELU));
        try (TrainableModel model = Dl4jModels.create(graph, TrainingConfig.defaults(), PIXELS)) {
            for (var layer : network(model).getLayers()) {
                assertThat(layer).isNotInstanceOf(InputDenseLayer.Impl.class);
            }
        }
    }
}
