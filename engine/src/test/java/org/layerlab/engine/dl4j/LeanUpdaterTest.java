package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.BaseMultiLayerUpdater;
import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.BatchNormSpec;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.WeightInit;
import org.layerlab.engine.train.Optimizer;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** The lean updater skips empty regularization steps only: training is bit-identical to DL4J's stock updater. */
class LeanUpdaterTest {

    private static final PreparedData BLOBS = TestData.blobs(300, 9, Normalization.STANDARDIZE);

    private record Trained(double[] scores, float[] params, double validationLoss) {
    }

    private static Trained train(ModelGraph graph, TrainingConfig config, boolean lean) {
        try (TrainableModel model = Dl4jModels.create(graph, config, BLOBS, lean)) {
            double[] scores = Graphs.fitEpochs(model, 0, 3);
            Object net = ((Dl4jTrainableModel) model).network().model();
            var blocks = (net instanceof MultiLayerNetwork m ? (BaseMultiLayerUpdater<?>) m.getUpdater()
                    : ((ComputationGraph) net).getUpdater()).getUpdaterBlocks();
            assertThat(blocks).isNotEmpty().allSatisfy(b ->
                    assertThat(b.getClass().getSimpleName()).isEqualTo(lean ? "LeanBlock" : "UpdaterBlock"));
            if (lean) {
                Object updater = net instanceof MultiLayerNetwork m ? m.getUpdater() : ((ComputationGraph) net).getUpdater();
                LeanUpdaters.DivisionViews views = updater instanceof LeanUpdaters.LeanMultiLayerUpdater u
                        ? u.divisionViews : ((LeanUpdaters.LeanGraphUpdater) updater).divisionViews;
                // 3 epochs of minibatches, one cut of the minibatch-division views.
                assertThat(views.made).as("division views cut").isEqualTo(1);
            }
            return new Trained(scores, model.copyParameters(), model.evaluate(SplitName.VALIDATION).loss());
        }
    }

    @Test
    void leanAndStockUpdatersTrainBitIdenticallyWithAndWithoutPenalties() {
        ModelGraph plain = Graphs.chain(2, 2, DenseSpec.of(12, Activation.TANH), BatchNormSpec.defaults(),
                new DropoutSpec(0.2), DenseSpec.of(8, Activation.RELU));
        // Per-layer L1 on one Dense only: its block runs DL4J's regularization, the others skip it.
        ModelGraph penalised = Graphs.chain(2, 2, new DenseSpec(12, Activation.TANH, WeightInit.GLOROT_UNIFORM,
                0.001, 0.0, true), DenseSpec.of(8, Activation.RELU));
        TrainingConfig adam = TrainingConfig.defaults().withBatchSize(16);
        TrainingConfig sgdL2 = TrainingConfig.defaults().withOptimizer(Optimizer.SGD).withLearningRate(0.1)
                .withBatchSize(16).withPenalties(0.0, 0.01);
        TrainingConfig nesterovL1 = TrainingConfig.defaults().withOptimizer(Optimizer.NESTEROV).withBatchSize(32)
                .withPenalties(0.001, 0.0);
        for (ModelGraph graph : new ModelGraph[]{plain, penalised, Graphs.branched(MergeMode.ADD)}) {
            for (TrainingConfig config : new TrainingConfig[]{adam, sgdL2, nesterovL1}) {
                Trained lean = train(graph, config, true);
                Trained stock = train(graph, config, false);

                assertThat(lean.scores()).hasSizeGreaterThan(8).isEqualTo(stock.scores());
                assertThat(lean.params()).isEqualTo(stock.params());
                assertThat(lean.validationLoss()).isEqualTo(stock.validationLoss());
            }
        }
        // The penalties do act: the same run without them ends elsewhere.
        assertThat(train(plain, sgdL2, true).params()).isNotEqualTo(train(plain, sgdL2.withPenalties(0, 0), true).params());
    }
}
