package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Dataset;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.Optimizer;
import org.layerlab.engine.train.Schedule;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Nesterovs;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OptimizerTest {

    private static final PreparedData BLOBS = TestData.blobs(300, 11, Normalization.STANDARDIZE);
    private static final TrainingConfig SGD = TrainingConfig.defaults().withOptimizer(Optimizer.SGD)
            .withLearningRate(0.1).withBatchSize(16);

    /** Six 2-D points with a linear target, features used as they are. */
    private static PreparedData tinyRegression() {
        float[][] x = {{1, 2}, {-1, 0.5f}, {0.3f, -2}, {2, 1}, {-0.5f, -1}, {1.5f, -0.2f}};
        float[] t = {1, -0.5f, 0.8f, 2, -1, 0.4f};
        Dataset train = Dataset.regression("tiny", x, t, List.of("a", "b"));
        Dataset empty = train.subset(new int[0]);
        return new PreparedData(DatasetSpec.generated(DatasetKind.REGRESSION, 6, 0).withNormalization(Normalization.NONE),
                train, empty, empty, TestData.scaler(Normalization.NONE, x));
    }

    @Test
    void sgdWithMomentumFollowsTheClassicRuleComputedByHand() {
        PreparedData data = tinyRegression();
        double lr = 0.05;
        double mu = 0.9;
        TrainingConfig config = TrainingConfig.defaults().withOptimizer(Optimizer.MOMENTUM).withLearningRate(lr)
                .withBatchSize(6);
        ModelGraph graph = ModelGraph.chain(new InputSpec(2), new OutputSpec(1, Activation.LINEAR, Loss.MSE));
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, config, data)) {
            MultiLayerNetwork net = (MultiLayerNetwork) model.network().model();
            assertThat(((BaseLayer) net.getLayer(0).conf().getLayer()).getIUpdater()).isInstanceOf(ClassicMomentum.class);
            float[][] x = data.train().features();
            float[] y = data.train().targets();
            double[] w = {net.getLayer(0).getParam("W").getDouble(0, 0), net.getLayer(0).getParam("W").getDouble(1, 0)};
            double b = net.getLayer(0).getParam("b").getDouble(0);
            double[] v = new double[3]; // classic velocity of w0, w1, b
            model.beginEpoch(0);
            for (int step = 0; step < 4; step++) {
                double[] g = new double[3];
                for (int i = 0; i < x.length; i++) {
                    double err = w[0] * x[i][0] + w[1] * x[i][1] + b - y[i];
                    g[0] += 2 * err * x[i][0] / x.length;
                    g[1] += 2 * err * x[i][1] / x.length;
                    g[2] += 2 * err / x.length;
                }
                for (int k = 0; k < 3; k++) {
                    v[k] = mu * v[k] - lr * g[k];
                }
                w[0] += v[0];
                w[1] += v[1];
                b += v[2];
                model.fitBatch(0);
                assertThat(net.getLayer(0).getParam("W").getDouble(0, 0)).as("w0 after step " + step).isCloseTo(w[0], within(1e-5));
                assertThat(net.getLayer(0).getParam("W").getDouble(1, 0)).as("w1 after step " + step).isCloseTo(w[1], within(1e-5));
                assertThat(net.getLayer(0).getParam("b").getDouble(0)).as("b after step " + step).isCloseTo(b, within(1e-5));
            }
        }
    }

    @Test
    void theTrainingOnlyMomentumUpdaterSurvivesDl4jsJsonRoundTrip() {
        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(4, Activation.TANH));
        TrainingConfig config = SGD.withOptimizer(Optimizer.MOMENTUM).withSchedule(Schedule.STEP_DECAY, 0.5, 2);
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, config, BLOBS)) {
            String json = model.network().configurationJson();
            assertThat(json).contains(ClassicMomentum.class.getName());
            MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(json);
            ClassicMomentum updater = (ClassicMomentum) ((BaseLayer) back.getConf(0).getLayer()).getIUpdater();
            assertThat(updater.getMomentum()).isEqualTo(0.9);
            assertThat(updater.getLearningRate(0, 3)).isEqualTo(0.1 * 0.5);
        }
    }

    @Test
    void theLearningRateInForceFollowsEachScheduleAndIsTheStepDl4jApplies() {
        List<TrainingConfig> configs = List.of(
                SGD,
                SGD.withSchedule(Schedule.TIME_DECAY, 0.05, 1),
                SGD.withSchedule(Schedule.STEP_DECAY, 0.5, 2),
                SGD.withSchedule(Schedule.EXPONENTIAL, 0.8, 1));
        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH));
        for (TrainingConfig config : configs) {
            try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, config, BLOBS)) {
                MultiLayerNetwork net = (MultiLayerNetwork) model.network().model();
                checkScheduleOverEpochs(model, config, () -> net.getLearningRate(0));
            }
        }
    }

    @Test
    void epochSchedulesAlsoAdvanceInAComputationGraph() {
        TrainingConfig config = SGD.withSchedule(Schedule.STEP_DECAY, 0.5, 1);
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(Graphs.branched(MergeMode.ADD), config, BLOBS)) {
            ComputationGraph cg = (ComputationGraph) model.network().model();
            checkScheduleOverEpochs(model, config, () -> cg.getLearningRate("dense_1"));
        }
    }

    private static void checkScheduleOverEpochs(Dl4jTrainableModel model, TrainingConfig config,
                                                java.util.function.Supplier<Double> dl4jGetter) {
        org.deeplearning4j.nn.api.Layer first = model.network().layer("dense_1");
        long iteration = 0;
        for (int epoch = 0; epoch < 4; epoch++) {
            model.beginEpoch(epoch);
            for (int b = 0; b < model.batchesPerEpoch(); b++) {
                double expected = config.learningRateAt(iteration, epoch);
                String where = config.schedule() + " epoch " + epoch + " iteration " + iteration;
                assertThat(model.learningRate()).as(where).isCloseTo(expected, within(expected * 1e-9));
                assertThat(dl4jGetter.get()).as(where).isEqualTo(model.learningRate());
                INDArray weightsBefore = first.getParam("W").dup();
                model.fitBatch(b);
                // plain SGD without penalties: step = lr * mean gradient, layer by layer
                GradientRecorder g = model.gradientRecorder();
                double moved = first.getParam("W").sub(weightsBefore).norm2Number().doubleValue();
                assertThat(g.updateNorm(0)).as(where).isCloseTo(moved, within(moved * 1e-3));
                assertThat(g.updateNorm(0) / g.gradientNorm(0)).as(where).isCloseTo(expected, within(expected * 1e-4));
                iteration++;
            }
        }
        if (config.schedule() != Schedule.NONE) {
            assertThat(model.learningRate()).isLessThan(config.learningRate());
        }
    }

    @Test
    void everyOptimizerTrainsAndReportsItsLearningRate() {
        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH));
        for (Optimizer optimizer : Optimizer.values()) {
            TrainingConfig config = SGD.withOptimizer(optimizer).withLearningRate(optimizer.defaultLearningRate() * 5);
            try (TrainableModel model = Dl4jModels.create(graph, config, BLOBS)) {
                double before = model.evaluate(SplitName.TRAIN).loss();
                Graphs.fitEpochs(model, 0, 3);
                assertThat(model.evaluate(SplitName.TRAIN).loss()).as(optimizer.key()).isLessThan(before);
                if (optimizer.usesLearningRate()) {
                    assertThat(model.learningRate()).as(optimizer.key()).isEqualTo(config.learningRate());
                } else {
                    assertThat(model.learningRate()).as(optimizer.key()).isNaN();
                }
            }
        }
    }

    @Test
    void theExportFormOfMomentumIsAStockNesterovsUpdater() {
        TrainingConfig config = SGD.withOptimizer(Optimizer.MOMENTUM);
        assertThat(Updaters.of(config, true)).isInstanceOf(Nesterovs.class);
        assertThat(Updaters.of(config, false)).isInstanceOf(ClassicMomentum.class);
    }

    @Test
    void penaltiesKeepKerasMeaning() {
        double l1 = 0.002;
        double l2 = 0.01;
        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH), DenseSpec.of(4, Activation.TANH).withL2(0.03));
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, SGD.withPenalties(l1, l2), BLOBS)) {
            MultiLayerNetwork net = (MultiLayerNetwork) model.network().model();
            double[] lambda2 = {l2, 0.03, l2};
            double expected = 0;
            for (int i = 0; i < 3; i++) {
                double norm = net.getLayer(i).getParam("W").norm2Number().doubleValue();
                double abs = net.getLayer(i).getParam("W").norm1Number().doubleValue();
                // Keras: loss + l1 * sum|w| + l2 * sum w^2, on the weights only
                expected += lambda2[i] * norm * norm + l1 * abs;
            }
            assertThat(net.calcRegularizationScore(false)).isCloseTo(expected, within(expected * 1e-5));
        }
    }
}
