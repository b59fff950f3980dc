package org.layerlab.engine.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.DoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.engine.graph.Graphs.around;
import static org.layerlab.engine.graph.Graphs.input;
import static org.layerlab.engine.graph.Graphs.softmax;

/** The range of every setting, each reported on its node with the value found. */
class GraphValidatorValuesTest {

    private static List<Problem> problems(ModelGraph graph) {
        return GraphValidator.validate(graph, null);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3, 100_001})
    void inputFeaturesMustBeOneTo100000(int features) {
        assertThat(problems(ModelGraph.chain(input(features), softmax(2))))
                .containsExactly(new Problem("input_1", "features must be 1..100000, found " + features));
    }

    @Test
    void inputFeaturesAtTheLimitsAreAccepted() {
        assertThat(problems(ModelGraph.chain(input(1), softmax(2)))).isEmpty();
        assertThat(problems(ModelGraph.chain(input(100_000), softmax(2)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 4097})
    void denseUnitsMustBeOneTo4096(int units) {
        assertThat(problems(around(DenseSpec.of(units, Activation.RELU))))
                .containsExactly(new Problem("dense_1", "units must be 1..4096, found " + units));
    }

    @Test
    void denseWithoutActivationOrWeightInitIsReported() {
        DenseSpec dense = new DenseSpec(16, null, null, 0, 0, true);
        assertThat(problems(around(dense))).containsExactly(
                new Problem("dense_1", "activation is not set"),
                new Problem("dense_1", "weight init is not set"));
    }

    @ParameterizedTest
    @CsvSource({"-1, -1.0", "150, 150.0", "100.5, 100.5", "NaN, NaN"})
    void denseL1LambdaMustBeZeroTo100(double l1, String shown) {
        assertThat(problems(around(DenseSpec.of(16, Activation.RELU).withL1(l1))))
                .containsExactly(new Problem("dense_1", "l1 must be 0..100, found " + shown));
    }

    @ParameterizedTest
    @CsvSource({"-0.01, -0.01", "101, 101.0"})
    void denseL2LambdaMustBeZeroTo100(double l2, String shown) {
        assertThat(problems(around(DenseSpec.of(16, Activation.RELU).withL2(l2))))
                .containsExactly(new Problem("dense_1", "l2 must be 0..100, found " + shown));
    }

    @Test
    void penaltiesAtTheLimitsAreAccepted() {
        assertThat(problems(around(DenseSpec.of(16, Activation.RELU).withL1(0).withL2(100)))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1.0", "1.5, 1.5", "-0.1, -0.1"})
    void dropoutRatesMustBeAtLeastZeroAndBelowOne(double rate, String shown) {
        String message = "rate must be at least 0 and below 1, found " + shown;
        List<DoubleFunction<LayerSpec>> kinds = List.of(DropoutSpec::new, GaussianDropoutSpec::new,
                AlphaDropoutSpec::new);
        for (DoubleFunction<LayerSpec> kind : kinds) {
            LayerSpec spec = kind.apply(rate);
            String id = spec.kind().key() + "_1";
            assertThat(problems(around(spec))).as(id).containsExactly(new Problem(id, message));
        }
    }

    @Test
    void dropoutRateZeroAndJustBelowOneAreAccepted() {
        assertThat(problems(around(new DropoutSpec(0)))).isEmpty();
        assertThat(problems(around(new GaussianDropoutSpec(0.99)))).isEmpty();
        assertThat(problems(around(new AlphaDropoutSpec(0.5)))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"-0.5, -0.5", "11, 11.0", "10.01, 10.01"})
    void gaussianNoiseStddevMustBeZeroToTen(double stddev, String shown) {
        assertThat(problems(around(new GaussianNoiseSpec(stddev))))
                .containsExactly(new Problem("gaussian_noise_1", "stddev must be 0..10, found " + shown));
    }

    @ParameterizedTest
    @CsvSource({"0, 0.0", "1, 1.0", "-0.2, -0.2"})
    void batchNormMomentumMustBeStrictlyBetweenZeroAndOne(double momentum, String shown) {
        assertThat(problems(around(new BatchNormSpec(momentum, 0.001)))).containsExactly(
                new Problem("batch_norm_1", "momentum must be above 0 and below 1, found " + shown));
    }

    @ParameterizedTest
    @CsvSource({"0, 0.0", "2, 2.0", "-0.001, -0.001"})
    void batchNormEpsilonMustBeAboveZeroAndAtMostOne(double epsilon, String shown) {
        assertThat(problems(around(new BatchNormSpec(0.99, epsilon)))).containsExactly(
                new Problem("batch_norm_1", "epsilon must be above 0 and at most 1, found " + shown));
    }

    @Test
    void batchNormEpsilonOfOneAndTinyValuesAreAccepted() {
        assertThat(problems(around(new BatchNormSpec(0.5, 1)))).isEmpty();
        assertThat(problems(around(new BatchNormSpec(0.99, 1e-5)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4097})
    void outputUnitsMustBeOneTo4096(int units) {
        assertThat(problems(ModelGraph.chain(input(2), new OutputSpec(units, Activation.LINEAR, Loss.MSE))))
                .containsExactly(new Problem("output_1", "units must be 1..4096, found " + units));
    }

    @Test
    void outputWithoutActivationOrLossIsReported() {
        assertThat(problems(ModelGraph.chain(input(2), new OutputSpec(2, null, null)))).containsExactly(
                new Problem("output_1", "activation is not set"),
                new Problem("output_1", "loss is not set"));
    }

    @Test
    void activationLayerWithoutFunctionIsReported() {
        assertThat(problems(around(new ActivationSpec(null))))
                .containsExactly(new Problem("activation_1", "activation is not set"));
    }

    @Test
    void mergeWithoutModeIsReported() {
        ModelGraph graph = Graphs.builder()
                .node("input_1", input(2))
                .node("dense_1", Graphs.dense(4))
                .node("merge_1", new MergeSpec(null))
                .node("output_1", softmax(2))
                .edge("input_1", "merge_1", "output_1")
                .edge("input_1", "dense_1", "merge_1")
                .build();
        assertThat(problems(graph)).containsExactly(new Problem("merge_1", "merge mode is not set"));
    }

    @Test
    void everyBadValueIsReportedAtOnceInGraphOrder() {
        ModelGraph graph = ModelGraph.chain(input(0), DenseSpec.of(0, Activation.RELU), new DropoutSpec(1),
                new OutputSpec(0, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));
        assertThat(problems(graph)).containsExactly(
                new Problem("input_1", "features must be 1..100000, found 0"),
                new Problem("dense_1", "units must be 1..4096, found 0"),
                new Problem("dropout_1", "rate must be at least 0 and below 1, found 1.0"),
                new Problem("output_1", "units must be 1..4096, found 0"));
    }
}
