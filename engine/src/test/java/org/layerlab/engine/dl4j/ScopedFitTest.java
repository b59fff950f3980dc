package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.BatchNormSpec;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.GaussianNoiseSpec;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.train.Optimizer;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainingConfig;
import org.bytedeco.javacpp.Pointer;
import org.layerlab.engine.train.TrainableModel;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fitting inside a JavaCPP pointer scope frees a fit's native temporaries early; it must not free
 * anything DL4J keeps: the parameters, the updater state created lazily by the first fit and the
 * workspaces must give exactly the same training as without the scope.
 */
class ScopedFitTest {

    private static final PreparedData BLOBS = TestData.blobs(300, 3, Normalization.STANDARDIZE);

    private record Trained(double[] scores, float[] params, float[] updaterState, double validationLoss) {
    }

    private static Trained train(ModelGraph graph, TrainingConfig config, boolean scoped) {
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, config, BLOBS)) {
            model.setScopedFits(scoped);
            double[] scores = Graphs.fitEpochs(model, 0, 4);
            Object net = model.network().model();
            INDArray state = net instanceof MultiLayerNetwork m ? m.getUpdater().getStateViewArray()
                    : ((ComputationGraph) net).getUpdater().getStateViewArray();
            return new Trained(scores, model.copyParameters(), Copies.floats(state),
                    model.evaluate(SplitName.VALIDATION).loss());
        }
    }

    @Test
    void scopedFitsTrainBitIdenticallyToUnscopedOnesWithLazyUpdaterStateAndRandomLayers() {
        ModelGraph chain = Graphs.chain(2, 2, DenseSpec.of(12, Activation.TANH), BatchNormSpec.defaults(),
                new DropoutSpec(0.3), new GaussianNoiseSpec(0.1), DenseSpec.of(8, Activation.RELU));
        TrainingConfig adam = TrainingConfig.defaults().withBatchSize(16);
        TrainingConfig momentum = TrainingConfig.defaults().withOptimizer(Optimizer.MOMENTUM).withBatchSize(32);
        for (ModelGraph graph : new ModelGraph[]{chain, Graphs.branched(MergeMode.CONCATENATE)}) {
            for (TrainingConfig config : new TrainingConfig[]{adam, momentum}) {
                Trained scoped = train(graph, config, true);
                Trained unscoped = train(graph, config, false);

                assertThat(scoped.scores()).hasSizeGreaterThan(8).isEqualTo(unscoped.scores());
                assertThat(scoped.params()).isEqualTo(unscoped.params());
                assertThat(scoped.updaterState()).isNotEmpty().isEqualTo(unscoped.updaterState());
                assertThat(scoped.validationLoss()).isEqualTo(unscoped.validationLoss());
            }
        }
    }

    @Test
    void aThreadWhoseFirstOpsRunInAScopedFitKeepsNd4jsCachedPointers() throws Exception {
        assertThat(FitScope.available()).as("the CPU backend's caches are found").isTrue();
        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH));
        try (TrainableModel model = Dl4jModels.create(graph, TrainingConfig.defaults().withBatchSize(16), BLOBS)) {
            float[][] points = {{0.1f, 0.2f}, {-1f, 0.5f}};
            double[][] expected = model.predict(points);
            AtomicReference<Object> result = new AtomicReference<>();
            // A fresh thread: ND4J creates its per-thread pointer caches inside the first scoped fit.
            Thread fresh = new Thread(() -> {
                try {
                    model.beginEpoch(0);
                    model.fitBatch(0);
                    List<Pointer> freed = FitScope.cached().stream().filter(p -> p.isNull()).toList();
                    model.fitBatch(1);
                    result.set(freed.isEmpty() ? model.predict(points) : "freed cached pointers: " + freed);
                } catch (RuntimeException e) {
                    result.set(e);
                }
            });
            fresh.start();
            fresh.join();

            assertThat(result.get()).isInstanceOf(double[][].class);
            assertThat((double[][]) result.get()).hasSameDimensionsAs(expected);
        }
    }
}
