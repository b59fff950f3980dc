package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.AlphaDropoutSpec;
import org.layerlab.engine.graph.BatchNormSpec;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.GaussianDropoutSpec;
import org.layerlab.engine.graph.GaussianNoiseSpec;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.LayerNormSpec;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.train.LayerEffect;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LayerEffectTest {

    private static final PreparedData BLOBS = TestData.blobs(300, 21, Normalization.STANDARDIZE);
    private static final TrainingConfig ADAM = TrainingConfig.defaults().withBatchSize(16);
    private static final ModelGraph GRAPH = Graphs.chain(2, 2,
            DenseSpec.of(8, Activation.RELU), new DropoutSpec(0.3),
            DenseSpec.of(8, Activation.TANH), new LayerNormSpec(),
            new GaussianNoiseSpec(0.2), new BatchNormSpec(0.9, 0.001), new GaussianDropoutSpec(0.2),
            DenseSpec.of(8, Activation.SELU), new AlphaDropoutSpec(0.1));

    private static Dl4jTrainableModel model;

    @BeforeAll
    static void trainABit() {
        model = (Dl4jTrainableModel) Dl4jModels.create(GRAPH, ADAM, BLOBS);
        Graphs.fitEpochs(model, 0, 2);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void effectNodesAreTheDropoutNoiseAndNormalizationNodesInGraphOrder() {
        assertThat(model.effectNodeIds()).containsExactly("dropout_1", "layer_norm_1", "gaussian_noise_1",
                "batch_norm_1", "gaussian_dropout_1", "alpha_dropout_1");
        assertThatThrownBy(() -> model.layerEffect("dense_1", true)).hasMessageContaining("dense_1")
                .hasMessageContaining("dropout_1");
        assertThatThrownBy(() -> model.layerEffect("nope", true)).hasMessageContaining("'nope'");
    }

    @Test
    void dropoutDropsAboutRateOfTheValuesAndScalesTheRestExactly() {
        float keptScale = (float) (1 / 0.7);
        int zeros = 0;
        int total = 0;
        Set<String> masks = new HashSet<>();
        for (int draw = 0; draw < 25; draw++) {
            LayerEffect e = model.layerEffect("dropout_1", true);
            assertThat(e.kind()).isEqualTo(LayerKind.DROPOUT);
            assertThat(e.before()).hasNumberOfRows(8);
            assertThat(e.before()[0]).hasSize(8);
            for (int i = 0; i < 8; i++) {
                for (int j = 0; j < 8; j++) {
                    float mask = (float) e.mask()[i][j];
                    assertThat(mask == 0f || Math.abs(mask - keptScale) < 1e-6f).as("mask value " + mask).isTrue();
                    // after == before * mask, exactly as float arithmetic gives it
                    assertThat((float) e.after()[i][j]).isEqualTo((float) e.before()[i][j] * mask);
                    zeros += mask == 0f ? 1 : 0;
                    total++;
                }
            }
            masks.add(java.util.Arrays.deepToString(e.mask()));
            assertThat(e.note()).startsWith("Training: ").contains("of 8 values dropped per row on average")
                    .contains("1/(1-0.3) = 1.429");
        }
        assertThat(zeros / (double) total).isCloseTo(0.3, within(0.05));
        assertThat(masks).hasSizeGreaterThan(20); // every call draws a fresh mask
    }

    @Test
    void atInferenceDropoutAndNoiseLeaveTheValuesUnchanged() {
        for (String id : new String[]{"dropout_1", "gaussian_noise_1", "gaussian_dropout_1", "alpha_dropout_1"}) {
            LayerEffect e = model.layerEffect(id, false);
            assertThat(e.training()).isFalse();
            assertThat(e.after()).as(id).isDeepEqualTo(e.before());
            assertThat(e.mask()).as(id).isNull();
            assertThat(e.note()).as(id).startsWith("At inference").endsWith("the values pass unchanged");
        }
    }

    @Test
    void gaussianNoiseAddsTheNoiseItShowsAndGaussianDropoutMultipliesByIt() {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int draw = 0; draw < 20; draw++) {
            LayerEffect noise = model.layerEffect("gaussian_noise_1", true);
            LayerEffect mult = model.layerEffect("gaussian_dropout_1", true);
            for (int i = 0; i < 8; i++) {
                for (int j = 0; j < 8; j++) {
                    assertThat(noise.after()[i][j]).isCloseTo(noise.before()[i][j] + noise.mask()[i][j], within(1e-6));
                    assertThat((float) mult.after()[i][j]).isEqualTo((float) mult.before()[i][j] * (float) mult.mask()[i][j]);
                    sum += noise.mask()[i][j];
                    squares += noise.mask()[i][j] * noise.mask()[i][j];
                    n++;
                }
            }
        }
        assertThat(Math.sqrt(squares / n - (sum / n) * (sum / n))).isCloseTo(0.2, within(0.02));
        assertThat(model.layerEffect("gaussian_dropout_1", true).note()).contains("= 0.5)");
    }

    @Test
    void alphaDropoutSetsDroppedValuesToOneConstantAndRescalesTheKeptOnes() {
        int dropped = 0;
        int total = 0;
        for (int draw = 0; draw < 20; draw++) {
            LayerEffect e = model.layerEffect("alpha_dropout_1", true);
            Double droppedValue = null;
            for (int i = 0; i < 8; i++) {
                for (int j = 0; j < 8; j++) {
                    assertThat(e.mask()[i][j]).isIn(0.0, 1.0);
                    if (e.mask()[i][j] == 0) {
                        if (droppedValue == null) {
                            droppedValue = e.after()[i][j];
                        }
                        assertThat(e.after()[i][j]).isCloseTo(droppedValue, within(1e-6));
                        dropped++;
                    }
                    total++;
                }
            }
        }
        assertThat(dropped / (double) total).isCloseTo(0.1, within(0.04));
    }

    @Test
    void batchNormUsesTheBatchStatisticsInTrainingAndTheMovingAveragesAtInference() {
        float[] params = model.copyParameters();
        LayerEffect training = model.layerEffect("batch_norm_1", true);
        LayerEffect inference = model.layerEffect("batch_norm_1", false);
        assertThat(model.copyParameters()).containsExactly(params); // the live network is untouched

        INDArray batch = model.network().activations(model.feed().probe(64)).get("gaussian_noise_1");
        Layer bn = model.network().layer("batch_norm_1");
        float[] gamma = Copies.floats(bn.getParam("gamma"));
        float[] beta = Copies.floats(bn.getParam("beta"));
        float[] mean = Copies.floats(bn.getParam("mean"));
        float[] log10std = Copies.floats(bn.getParam("log10stdev"));
        float[] x = Copies.floats(batch);
        for (int j = 0; j < 8; j++) {
            double mu = 0;
            for (int i = 0; i < 64; i++) {
                mu += x[i * 8 + j] / 64.0;
            }
            double var = 0;
            for (int i = 0; i < 64; i++) {
                var += (x[i * 8 + j] - mu) * (x[i * 8 + j] - mu) / 64.0;
            }
            for (int i = 0; i < 8; i++) {
                assertThat(training.before()[i][j]).isEqualTo(x[i * 8 + j]);
                double expected = (x[i * 8 + j] - mu) / Math.sqrt(var + 0.001) * gamma[j] + beta[j];
                assertThat(training.after()[i][j]).as("training row %d unit %d", i, j).isCloseTo(expected, within(1e-4));
                // DL4J M2.1 stores log10(std) and adds epsilon once more at inference: sqrt(std^2 + eps)
                double movingStd = Math.sqrt(Math.pow(10, 2 * log10std[j]) + 0.001);
                double moving = (x[i * 8 + j] - mean[j]) / movingStd * gamma[j] + beta[j];
                assertThat(inference.after()[i][j]).as("inference row %d unit %d", i, j).isCloseTo(moving, within(1e-4));
            }
        }
        assertThat(training.mask()).isNull();
        assertThat(training.note()).contains("batch of 64");
        assertThat(inference.note()).contains("moving averages");
    }

    @Test
    void layerNormShowsTheSummedInputsAndTheirPerRowNormalisation() {
        LayerEffect e = model.layerEffect("layer_norm_1", true);
        Layer dense = model.network().layer("dense_2");
        INDArray x = model.network().activations(model.feed().probe(8)).get("dropout_1");
        float[] summed = Copies.floats(x.mmul(dense.getParam("W")).addiRowVector(dense.getParam("b")));
        float[] b = Copies.floats(dense.getParam("b"));
        float[] g = Copies.floats(dense.getParam("g"));
        for (int i = 0; i < 8; i++) {
            double mean = 0;
            for (int j = 0; j < 8; j++) {
                assertThat(e.before()[i][j]).isCloseTo(summed[i * 8 + j], within(1e-5));
                mean += (e.before()[i][j] - b[j]) / 8;
            }
            double var = 0;
            for (int j = 0; j < 8; j++) {
                var += Math.pow(e.before()[i][j] - b[j] - mean, 2) / 8;
            }
            for (int j = 0; j < 8; j++) {
                double expected = (e.before()[i][j] - b[j] - mean) / Math.sqrt(var) * g[j] + b[j];
                assertThat(e.after()[i][j]).as("row %d unit %d", i, j).isCloseTo(expected, within(1e-3));
            }
        }
        assertThat(model.layerEffect("layer_norm_1", false).after()).isDeepEqualTo(e.after());
        assertThat(e.note()).contains("8 units of 'dense_2'");
    }

    @Test
    void lookingAtEffectsDoesNotChangeTheTrainingRun() {
        float[] quiet;
        try (TrainableModel plain = Dl4jModels.create(GRAPH, ADAM, BLOBS)) {
            Graphs.fitEpochs(plain, 0, 2);
            quiet = plain.copyParameters();
        }
        try (TrainableModel watched = Dl4jModels.create(GRAPH, ADAM, BLOBS)) {
            for (int e = 0; e < 2; e++) {
                watched.beginEpoch(e);
                for (int b = 0; b < watched.batchesPerEpoch(); b++) {
                    watched.fitBatch(b);
                    if (b % 5 == 0) {
                        for (String id : watched.effectNodeIds()) {
                            watched.layerEffect(id, true);
                        }
                    }
                }
            }
            assertThat(watched.copyParameters()).containsExactly(quiet);
        }
    }
}
