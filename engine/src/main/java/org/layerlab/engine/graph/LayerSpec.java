package org.layerlab.engine.graph;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The settings of one node of the model graph. Specs hold whatever the user typed, valid or not:
 * {@link GraphValidator} reports bad values, so the canvas can show them instead of refusing them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = InputSpec.class, name = "input"),
        @JsonSubTypes.Type(value = DenseSpec.class, name = "dense"),
        @JsonSubTypes.Type(value = DropoutSpec.class, name = "dropout"),
        @JsonSubTypes.Type(value = GaussianNoiseSpec.class, name = "gaussian_noise"),
        @JsonSubTypes.Type(value = GaussianDropoutSpec.class, name = "gaussian_dropout"),
        @JsonSubTypes.Type(value = AlphaDropoutSpec.class, name = "alpha_dropout"),
        @JsonSubTypes.Type(value = BatchNormSpec.class, name = "batch_norm"),
        @JsonSubTypes.Type(value = LayerNormSpec.class, name = "layer_norm"),
        @JsonSubTypes.Type(value = ActivationSpec.class, name = "activation"),
        @JsonSubTypes.Type(value = OutputSpec.class, name = "output"),
        @JsonSubTypes.Type(value = MergeSpec.class, name = "merge")
})
public sealed interface LayerSpec permits InputSpec, DenseSpec, DropoutSpec, GaussianNoiseSpec,
        GaussianDropoutSpec, AlphaDropoutSpec, BatchNormSpec, LayerNormSpec, ActivationSpec, OutputSpec,
        MergeSpec {

    /** Which kind of node this is. */
    @JsonIgnore
    LayerKind kind();

    /** The key settings in a few words, for the node on the canvas ("Dense 16 · relu"). */
    @JsonIgnore
    String summary();

    /** True for layers that change training but pass values through unchanged at inference. */
    @JsonIgnore
    default boolean isTrainingOnly() {
        return false;
    }

    /** A spec of {@code kind} with the documented default settings. */
    static LayerSpec defaultsFor(LayerKind kind) {
        return switch (kind) {
            case INPUT -> new InputSpec(2);
            case DENSE -> DenseSpec.of(16, Activation.RELU);
            case DROPOUT -> new DropoutSpec(0.5);
            case GAUSSIAN_NOISE -> new GaussianNoiseSpec(0.1);
            case GAUSSIAN_DROPOUT -> new GaussianDropoutSpec(0.2);
            case ALPHA_DROPOUT -> new AlphaDropoutSpec(0.1);
            case BATCH_NORM -> BatchNormSpec.defaults();
            case LAYER_NORM -> new LayerNormSpec();
            case ACTIVATION -> new ActivationSpec(Activation.RELU);
            case OUTPUT -> new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY);
            case MERGE -> new MergeSpec(MergeMode.CONCATENATE);
        };
    }
}
