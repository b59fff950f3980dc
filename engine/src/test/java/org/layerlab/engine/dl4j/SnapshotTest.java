package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.ActivationsSnapshot;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.Evaluation;
import org.layerlab.engine.train.FittedCurve;
import org.layerlab.engine.train.GradientsSnapshot;
import org.layerlab.engine.train.LayerActivations;
import org.layerlab.engine.train.LayerGradients;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;
import org.nd4j.linalg.dataset.DataSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SnapshotTest {

    private static final PreparedData BLOBS = TestData.blobs(300, 5, Normalization.STANDARDIZE);
    private static final TrainingConfig ADAM = TrainingConfig.defaults().withBatchSize(16);
    private static final OutputSpec ONE_SIGMOID = new OutputSpec(1, Activation.SIGMOID, Loss.BINARY_CROSSENTROPY);

    @Test
    void gradientNormsAreFinitePositiveAfterAFitInChainsAndGraphs() {
        ModelGraph chain = Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH), new DropoutSpec(0.2),
                DenseSpec.of(8, Activation.RELU));
        for (ModelGraph graph : new ModelGraph[]{chain, Graphs.branched(MergeMode.CONCATENATE)}) {
            try (TrainableModel model = Dl4jModels.create(graph, ADAM, BLOBS)) {
                assertThat(model.lastGradients(0, 0)).isNull();
                model.beginEpoch(0);
                model.fitBatch(0);
                GradientsSnapshot snapshot = model.lastGradients(1, 1);
                // weight layers only: both graphs have two Dense nodes and the output
                assertThat(snapshot.layers()).extracting(LayerGradients::nodeId)
                        .containsExactly("dense_1", "dense_2", "output_1");
                for (LayerGradients g : snapshot.layers()) {
                    assertThat(g.gradientNorm()).as(g.nodeId()).isFinite().isPositive();
                    // Adam's first step moves every weight by about lr = 0.01
                    assertThat(g.updateRatio()).as(g.nodeId()).isFinite().isPositive().isLessThan(1);
                }
            }
        }
    }

    @Test
    void activationsCoverEveryShownNodeOnTheProbeBatch() {
        ModelGraph graph = Graphs.chain(2, 2, DenseSpec.of(8, Activation.RELU), new DropoutSpec(0.5),
                DenseSpec.of(6, Activation.TANH));
        try (TrainableModel model = Dl4jModels.create(graph, ADAM, BLOBS)) {
            Graphs.fitEpochs(model, 0, 1);
            ActivationsSnapshot snapshot = model.activations(1, 14);
            assertThat(snapshot.layers()).extracting(LayerActivations::nodeId)
                    .containsExactly("dense_1", "dropout_1", "dense_2", "output_1");
            LayerActivations relu = snapshot.layers().get(0);
            LayerActivations dropout = snapshot.layers().get(1);
            assertThat(relu.activations().total()).isEqualTo(210 * 8); // probe = all 210 training examples
            assertThat(relu.activations().counts()).hasSize(30);
            assertThat(relu.fractionZero()).isGreaterThan(0.05).isLessThan(0.95);
            assertThat(relu.weights().total()).isEqualTo(2 * 8);
            // inference: dropout passes its input through
            assertThat(dropout.mean()).isEqualTo(relu.mean());
            assertThat(dropout.std()).isEqualTo(relu.std());
            assertThat(dropout.weights()).isNull();
            LayerActivations output = snapshot.layers().get(3);
            assertThat(output.mean()).isCloseTo(0.5, within(1e-6)); // softmax rows over 2 classes sum to 1
        }
    }

    @Test
    void surfaceProbabilitiesSumToOneAndAgreeWithPredict() {
        try (TrainableModel model = Dl4jModels.create(Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH)), ADAM, BLOBS)) {
            Graphs.fitEpochs(model, 0, 3);
            DecisionSurface surface = model.decisionSurface(3, 20, 30);
            assertThat(surface.classes()).isEqualTo(2);
            for (int r = 0; r < 20; r++) {
                for (int c = 0; c < 30; c++) {
                    assertThat(surface.probability(r, c, 0) + surface.probability(r, c, 1)).isCloseTo(1, within(1e-6));
                }
            }
            // raw data spans about x 5..15, y 22..34: the grid covers it with a margin
            assertThat(surface.xMin()).isLessThan(6);
            assertThat(surface.xMax()).isGreaterThan(14);
            assertThat(surface.yMax()).isGreaterThan(surface.yMin());
            int[][] cells = {{0, 0}, {0, 29}, {19, 0}, {10, 15}, {19, 29}};
            for (int[] cell : cells) {
                double[] p = model.predict(new float[][]{{(float) surface.xAt(cell[1]), (float) surface.yAt(cell[0])}})[0];
                assertThat(p[1]).as("cell " + cell[0] + "," + cell[1]).isCloseTo(surface.probability(cell[0], cell[1], 1), within(1e-6));
            }
            // row 0 is the top (large y): blob 0 sits at high y and low x
            assertThat(surface.predictedClass(0, 0)).isEqualTo(0);
            assertThat(surface.predictedClass(19, 29)).isEqualTo(1);
            assertThat(model.fittedCurve(3, 200)).isNull();
        }
    }

    @Test
    void oneSigmoidUnitLearnsTwoClassesAndReportsBothProbabilities() {
        ModelGraph graph = ModelGraph.chain(new InputSpec(2), DenseSpec.of(8, Activation.TANH), ONE_SIGMOID);
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph, ADAM, BLOBS)) {
            assertThat(model.feed().batch(0).getLabels().columns()).isEqualTo(1);
            Graphs.fitEpochs(model, 0, 5);
            assertThat(model.evaluate(SplitName.VALIDATION).accuracy()).isGreaterThan(0.95);
            double[][] p = model.predict(new float[][]{{8, 30}, {12, 26}});
            assertThat(p[0]).hasSize(2);
            assertThat(p[0][0] + p[0][1]).isCloseTo(1, within(1e-6));
            assertThat(p[0][0]).isGreaterThan(0.8);
            assertThat(p[1][1]).isGreaterThan(0.8);
            DecisionSurface surface = model.decisionSurface(5, 10, 10);
            assertThat(surface.classes()).isEqualTo(2);
            assertThat(surface.probability(3, 4, 0) + surface.probability(3, 4, 1)).isCloseTo(1, within(1e-6));
            assertEvaluationLossIsDl4jsScore(model);
        }
    }

    @Test
    void evaluationLossIsDl4jsDataLossForSoftmaxAndRegression() {
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(
                Graphs.chain(2, 3, DenseSpec.of(8, Activation.RELU)), ADAM, TestData.threeBlobs(300, 3))) {
            Graphs.fitEpochs(model, 0, 2);
            assertEvaluationLossIsDl4jsScore(model);
            assertThat(model.evaluate(SplitName.TRAIN).accuracy()).isGreaterThan(0.9);
            Evaluation test = model.evaluate(SplitName.TEST);
            assertThat(test.loss()).isNaN();
            assertThat(test.accuracy()).isNaN();
            assertThat(test.examples()).isZero();
        }
        ModelGraph regression = ModelGraph.chain(new InputSpec(1), DenseSpec.of(16, Activation.TANH),
                new OutputSpec(1, Activation.LINEAR, Loss.MSE));
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(regression, ADAM, TestData.sine(200, 2))) {
            Graphs.fitEpochs(model, 0, 2);
            assertEvaluationLossIsDl4jsScore(model);
            assertThat(model.evaluate(SplitName.TRAIN).accuracy()).isNaN();
        }
    }

    private static void assertEvaluationLossIsDl4jsScore(Dl4jTrainableModel model) {
        DataFeed.Split train = model.feed().split(SplitName.TRAIN);
        DataSet all = new DataSet(train.features(), train.labels());
        double dl4j = model.network().model() instanceof MultiLayerNetwork net ? net.score(all, false)
                : ((ComputationGraph) model.network().model()).score(all, false);
        assertThat(model.evaluate(SplitName.TRAIN).loss()).isCloseTo(dl4j, within(Math.abs(dl4j) * 1e-5));
    }

    @Test
    void fittedCurveFollowsASineAfterTraining() {
        ModelGraph graph = ModelGraph.chain(new InputSpec(1), DenseSpec.of(16, Activation.TANH),
                DenseSpec.of(16, Activation.TANH), new OutputSpec(1, Activation.LINEAR, Loss.MSE));
        PreparedData sine = TestData.sine(300, 4);
        try (TrainableModel model = Dl4jModels.create(graph, ADAM.withLearningRate(0.02).withBatchSize(32), sine)) {
            FittedCurve untrained = model.fittedCurve(0, 200);
            Graphs.fitEpochs(model, 0, 30);
            FittedCurve curve = model.fittedCurve(30, 200);
            assertThat(untrained.x()).containsExactly(curve.x());
            assertThat(curve.x()).hasSize(200);
            assertThat(curve.x()[0]).isCloseTo(-3, within(0.05));
            assertThat(curve.x()[199]).isCloseTo(3, within(0.05));
            double error = 0;
            for (int i = 0; i < 200; i++) {
                error += Math.abs(curve.y()[i] - Math.sin(curve.x()[i])) / 200;
            }
            assertThat(error).isLessThan(0.1);
            double[] p = model.predict(new float[][]{{(float) curve.x()[150]}})[0];
            assertThat(p).hasSize(1);
            assertThat(p[0]).isCloseTo(curve.y()[150], within(1e-6));
            assertThat(model.decisionSurface(30, 10, 10)).isNull();
        }
    }

    @Test
    void everyFeaturePathGoesThroughTheSameNormalizer() {
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(
                Graphs.chain(6, 2, DenseSpec.of(4, Activation.RELU)), ADAM, TestData.pixels(100, 6, 1))) {
            float[] raw = TestData.pixels(100, 6, 1).train().features()[0];
            float[] normalized = Copies.floats(model.feed().split(SplitName.TRAIN).features().getRow(0));
            for (int j = 0; j < 6; j++) {
                assertThat(normalized[j]).isCloseTo(raw[j] / 255f, within(1e-6f));
            }
        }
        PreparedData minMax = TestData.blobs(200, 9, Normalization.MIN_MAX);
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(
                Graphs.chain(2, 2, DenseSpec.of(4, Activation.RELU)), ADAM, minMax)) {
            float[] all = Copies.floats(model.feed().split(SplitName.TRAIN).features());
            float lo = Float.MAX_VALUE;
            float hi = -Float.MAX_VALUE;
            for (float v : all) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            assertThat(lo).isCloseTo(0f, within(1e-6f));
            assertThat(hi).isCloseTo(1f, within(1e-6f));
            float[] row = minMax.validation().features()[3];
            float[] viaPredictPath = Copies.floats(model.feed().normalize(new float[][]{row}));
            float[] viaSplit = Copies.floats(model.feed().split(SplitName.VALIDATION).features().getRow(3));
            assertThat(viaPredictPath).containsExactly(viaSplit);
        }
    }
}
