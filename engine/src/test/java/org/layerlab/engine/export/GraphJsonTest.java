package org.layerlab.engine.export;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.graph.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.layerlab.engine.graph.Graphs.concatenate;
import static org.layerlab.engine.graph.Graphs.input;
import static org.layerlab.engine.graph.Graphs.softmax;

/** The graph alone as JSON: round trip, schema version, and clear refusals. */
class GraphJsonTest {

    /** Every kind of node, a branch and a merge, with non-default settings. */
    static ModelGraph everyKind() {
        return Graphs.builder()
                .node("input_1", input(3))
                .node("dense_1", new DenseSpec(24, Activation.SELU, WeightInit.LECUN_NORMAL, 0.001, 0.01, false))
                .node("layer_norm_1", new LayerNormSpec())
                .node("alpha_dropout_1", new AlphaDropoutSpec(0.1))
                .node("dense_2", DenseSpec.of(8, Activation.TANH))
                .node("batch_norm_1", new BatchNormSpec(0.9, 1e-5))
                .node("dropout_1", new DropoutSpec(0.25))
                .node("gaussian_noise_1", new GaussianNoiseSpec(0.3))
                .node("gaussian_dropout_1", new GaussianDropoutSpec(0.2))
                .node("activation_1", new ActivationSpec(Activation.LEAKY_RELU))
                .node("merge_1", concatenate())
                .node("output_1", softmax(3))
                .edge("input_1", "dense_1", "layer_norm_1", "alpha_dropout_1", "merge_1", "output_1")
                .edge("input_1", "dense_2", "batch_norm_1", "dropout_1", "gaussian_noise_1", "gaussian_dropout_1",
                        "activation_1", "merge_1")
                .build();
    }

    @Test
    void aGraphSurvivesTheRoundTripExactly() throws Exception {
        ModelGraph graph = everyKind();
        assertThat(GraphValidator.validate(graph, new DataShape("blobs", 3, 3))).isEmpty();
        assertThat(GraphJson.fromJson(GraphJson.toJson(graph), "test")).isEqualTo(graph);
    }

    @Test
    void theJsonStartsWithTheSchemaVersionAndUsesStableKeys() {
        String json = GraphJson.toJson(ModelGraph.chain(input(2), softmax(2))).replace("\r\n", "\n");
        assertThat(json).startsWith("{\n  \"schemaVersion\" : 1,").contains("\"kind\" : \"output\"")
                .contains("\"activation\" : \"softmax\"").contains("\"loss\" : \"categorical_crossentropy\"");
        assertThat(GraphJson.SCHEMA_VERSION).isEqualTo(1);
    }

    @Test
    void aFutureSchemaVersionIsRefusedNamingBothVersions() {
        String json = GraphJson.toJson(ModelGraph.chain(input(2), softmax(2))).replace("\"schemaVersion\" : 1",
                "\"schemaVersion\" : 7");
        assertThatThrownBy(() -> GraphJson.fromJson(json, "clip.json")).isInstanceOf(ProjectFileException.class)
                .hasMessage("clip.json was written with graph schema version 7, newer than this LayerLab reads (1):"
                        + " update LayerLab to open it");
    }

    @Test
    void aMissingSchemaVersionIsRefused() {
        assertThatThrownBy(() -> GraphJson.fromJson("{\"nodes\": [], \"edges\": []}", "clipboard"))
                .hasMessage("clipboard is not a LayerLab graph: it has no schemaVersion");
        assertThatThrownBy(() -> GraphJson.fromJson("{\"schemaVersion\": 0, \"nodes\": []}", "clipboard"))
                .hasMessage("clipboard has an unknown graph schema version 0");
    }

    @Test
    void malformedJsonIsReportedWithItsLine() {
        String json = "{\n  \"schemaVersion\" : 1,\n  \"nodes\" : [ {\n  \"id\" : \"input_1\" \n  \"x\" : 1 } ]\n}";
        assertThatThrownBy(() -> GraphJson.fromJson(json, "clip.json"))
                .hasMessageStartingWith("clip.json is not valid JSON: ").hasMessageEndingWith("(line 5)");
        assertThatThrownBy(() -> GraphJson.fromJson("[1, 2]", "clip.json"))
                .hasMessage("clip.json is not a LayerLab graph: expected a JSON object");
    }

    @Test
    void anUnknownLayerKindIsRefusedWithItsName() {
        String json = "{\"schemaVersion\": 1, \"nodes\": [{\"id\": \"conv_1\", \"spec\": {\"kind\": \"conv2d\"},"
                + " \"x\": 0, \"y\": 0}], \"edges\": []}";
        assertThatThrownBy(() -> GraphJson.fromJson(json, "clip.json"))
                .hasMessageStartingWith("clip.json is not a valid LayerLab graph: ").hasMessageContaining("conv2d");
    }

    @Test
    void anUnknownActivationIsRefusedListingTheKnownOnes() {
        String json = GraphJson.toJson(ModelGraph.chain(input(2), softmax(2))).replace("\"softmax\"", "\"softmaz\"");
        assertThatThrownBy(() -> GraphJson.fromJson(json, "clip.json"))
                .hasMessageStartingWith("clip.json is not a valid LayerLab graph: ")
                .hasMessageContaining("unknown activation 'softmaz'; expected one of: relu, tanh");
    }
}
