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
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.train.Optimizer;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ndarray.ShapeInfoProvider;
import org.nd4j.linalg.cpu.nativecpu.CpuTADManager;
import org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing the shape information of arrays of the same shape must change nothing an op computes:
 * training is bit-identical to ND4J's own provider, and each array keeps shapes of its own.
 */
class ShapeInfoCacheTest {

    private static final PreparedData BLOBS = TestData.blobs(300, 3, Normalization.STANDARDIZE);

    private record Trained(double[] scores, float[] params, float[] updaterState, double validationLoss,
                           double[][] predictions) {
    }

    private static Trained train(ModelGraph graph, TrainingConfig config) {
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, config, BLOBS)) {
            double[] scores = Graphs.fitEpochs(model, 0, 4);
            Object net = model.network().model();
            INDArray state = net instanceof MultiLayerNetwork m ? m.getUpdater().getStateViewArray()
                    : ((ComputationGraph) net).getUpdater().getStateViewArray();
            return new Trained(scores, model.copyParameters(), state == null ? new float[0] : Copies.floats(state),
                    model.evaluate(SplitName.VALIDATION).loss(), model.predict(new float[][]{{0.3f, -0.7f}, {2f, 1f}}));
        }
    }

    @Test
    void trainingWithTheCachesIsBitIdenticalToTrainingWithNd4jsOwnProviderAndTadManager() throws Exception {
        Backend.configureThreads();
        assertThat(ShapeInfoCache.active()).as("installed on the CPU backend").isNotNull();
        assertThat(TadCache.active()).as("installed on the CPU backend").isNotNull();
        ModelGraph chain = Graphs.chain(2, 2, DenseSpec.of(12, Activation.TANH), BatchNormSpec.defaults(),
                new DropoutSpec(0.3), DenseSpec.of(8, Activation.RELU));
        TrainingConfig adam = TrainingConfig.defaults().withBatchSize(16);
        TrainingConfig sgd = TrainingConfig.defaults().withOptimizer(Optimizer.SGD).withBatchSize(10);
        for (ModelGraph graph : new ModelGraph[]{chain, Graphs.branched(MergeMode.CONCATENATE)}) {
            for (TrainingConfig config : new TrainingConfig[]{adam, sgd}) {
                Trained cached = train(graph, config);
                ShapeInfoProvider cache = ShapeInfoCache.swap(new DirectShapeInfoProvider());
                CpuTADManager tads = TadCache.swap(new CpuTADManager());
                Trained stock;
                try {
                    stock = train(graph, config);
                } finally {
                    ShapeInfoCache.swap(cache);
                    TadCache.swap(tads);
                }
                assertThat(cached.scores()).hasSizeGreaterThan(8).isEqualTo(stock.scores());
                assertThat(cached.params()).isEqualTo(stock.params());
                assertThat(cached.updaterState()).isEqualTo(stock.updaterState());
                assertThat(cached.validationLoss()).isEqualTo(stock.validationLoss());
                assertThat(cached.predictions()).isEqualTo(stock.predictions());
            }
        }
    }

    @Test
    void arraysOfOneShapeShareItsNativeBufferButNotTheirJavaShapes() {
        Backend.configureThreads();
        ShapeInfoCache cache = ShapeInfoCache.active();
        assertThat(cache).isNotNull();
        INDArray a = Nd4j.create(DataType.FLOAT, 3, 7);
        int size = cache.size();
        INDArray b = Nd4j.create(DataType.FLOAT, 3, 7);
        INDArray c = Nd4j.create(DataType.FLOAT, 7, 3);
        assertThat(b.shapeInfoDataBuffer()).isSameAs(a.shapeInfoDataBuffer());
        assertThat(c.shapeInfoDataBuffer()).isNotSameAs(a.shapeInfoDataBuffer());
        assertThat(cache.size()).isGreaterThan(size - 1);
        assertThat(b.shapeInfoJava()).isNotSameAs(a.shapeInfoJava()).isEqualTo(a.shapeInfoJava());
        assertThat(c.shape()).containsExactly(7, 3);
        b.assign(2);
        a.assign(1);
        assertThat(b.sumNumber().doubleValue()).isEqualTo(42.0);
        assertThat(a.sumNumber().doubleValue()).isEqualTo(21.0);
    }

    @Test
    void reductionsAndBroadcastsAlongCachedAxesGiveNd4jsResults() {
        Backend.configureThreads();
        TadCache tads = TadCache.active();
        assertThat(tads).isNotNull();
        INDArray m = Nd4j.linspace(1, 12, 12, DataType.FLOAT).reshape(3, 4);
        for (int round = 0; round < 2; round++) {
            assertThat(m.sum(0).toFloatVector()).containsExactly(15f, 18f, 21f, 24f);
            assertThat(m.sum(1).toFloatVector()).containsExactly(10f, 26f, 42f);
            INDArray row = Nd4j.createFromArray(1f, 2f, 3f, 4f);
            assertThat(m.addRowVector(row).getRow(2).toFloatVector()).containsExactly(10f, 12f, 14f, 16f);
            INDArray column = Nd4j.createFromArray(new float[][]{{100f}, {200f}, {300f}});
            assertThat(m.addColumnVector(column).getColumn(3).toFloatVector()).containsExactly(104f, 208f, 312f);
        }
        assertThat(tads.size()).isPositive();
        int[] axes = {1, 0};
        tads.getTADOnlyShapeInfo(m, axes);
        assertThat(axes).as("sorted in place, as ND4J does").containsExactly(0, 1);
    }
}
