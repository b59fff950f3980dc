package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;
import org.layerlab.engine.train.ViewReplica;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The replica's tanh stays within 2.4e-7 of DL4J's, and only the replica's network gets it. */
class ViewTanhTest {

    @Test
    void largeBatchesMatchDl4jsTanhAndSmallOnesAreExact() {
        Nd4j.getRandom().setSeed(3);
        for (long rows : new long[]{4_000, 10}) {
            INDArray x = Nd4j.randn(DataType.FLOAT, rows, 16).muli(3);
            float[] stock = new ActivationTanH().getActivation(x.dup(), false).data().asFloat();
            float[] fast = new ViewTanh().getActivation(x.dup(), false).data().asFloat();
            if (rows * 16 < ViewTanh.MIN_ELEMENTS) {
                assertThat(fast).isEqualTo(stock);
            } else {
                double worst = 0;
                for (int i = 0; i < fast.length; i++) {
                    worst = Math.max(worst, Math.abs(fast[i] - stock[i]));
                }
                assertThat(worst).as("largest difference from DL4J's tanh").isLessThanOrEqualTo(ViewTanh.MAX_ERROR);
            }
        }
    }

    @Test
    void theReplicasSurfaceEqualsTheLiveNetworksWhoseTanhIsUntouched() {
        PreparedData blobs = TestData.blobs(300, 5, Normalization.STANDARDIZE);
        TrainingConfig sgd = TrainingConfig.defaults().withBatchSize(10);
        try (TrainableModel model = Dl4jModels.create(Graphs.chain(2, 2, DenseSpec.of(16, Activation.TANH),
                DenseSpec.of(16, Activation.TANH)), sgd, blobs);
             ViewReplica replica = model.viewReplica()) {
            Graphs.fitEpochs(model, 0, 2);
            replica.stage();
            replica.load();
            DecisionSurface live = model.decisionSurface(2, 100, 100);
            DecisionSurface copy = replica.decisionSurface(2, 100, 100);
            assertThat(copy.probabilities()).containsExactly(live.probabilities(), within(1e-5));
            assertThat(live.probabilities()).as("a trained surface, not a constant")
                    .satisfies(p -> assertThat(p[0]).isNotCloseTo(p[p.length - 2], within(0.05)));
            MultiLayerNetwork net = (MultiLayerNetwork) ((Dl4jTrainableModel) model).network().model();
            for (var layer : net.getLayers()) {
                if (layer.conf().getLayer() instanceof BaseLayer conf && conf.getActivationFn() instanceof ActivationTanH fn) {
                    assertThat(fn.getClass()).isEqualTo(ActivationTanH.class);
                }
            }
        }
    }
}
