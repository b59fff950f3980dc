package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.conf.dropout.AlphaDropout;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.dropout.GaussianDropout;
import org.deeplearning4j.nn.conf.dropout.GaussianNoise;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.ActivationSpec;
import org.layerlab.engine.graph.AlphaDropoutSpec;
import org.layerlab.engine.graph.BatchNormSpec;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.GaussianDropoutSpec;
import org.layerlab.engine.graph.GaussianNoiseSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.TrainingConfig;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Translates one graph node into a stock DL4J layer configuration, converting Keras meanings
 * into DL4J's: dropout rate (fraction dropped) to DL4J's keep probability, Keras' L2 lambda
 * ({@code loss + lambda * sum w^2}) to DL4J's coefficient ({@code loss + 0.5 * l2 * sum w^2}).
 */
final class LayerFactory {

    /** Keras' {@code "leaky_relu"} slope (tf.nn.leaky_relu and Keras 3 both use 0.2; DL4J's default is 0.01). */
    static final double LEAKY_RELU_SLOPE = 0.2;

    private LayerFactory() {
    }

    /** The DL4J layer for a compiled node (not Input, LayerNorm or Merge). */
    static Layer layerFor(Node node, NetworkPlan plan, TrainingConfig config) {
        String id = node.id();
        if (node.spec() instanceof DenseSpec s) {
            return new DenseLayer.Builder().name(id).nOut(s.units()).activation(activation(s.activation()))
                    .weightInit(weightInit(s.weightInit()))
                    .l1(s.l1() > 0 ? s.l1() : config.l1())
                    .l2(2 * (s.l2() > 0 ? s.l2() : config.l2()))
                    .hasBias(s.bias())
                    .hasLayerNorm(plan.layerNormed().contains(id))
                    .build();
        }
        if (node.spec() instanceof OutputSpec s) {
            return new OutputLayer.Builder(loss(s.loss())).name(id).nOut(s.units()).activation(activation(s.activation()))
                    .weightInit(WeightInit.XAVIER_UNIFORM)
                    .l1(config.l1()).l2(2 * config.l2())
                    .build();
        }
        if (node.spec() instanceof DropoutSpec s) {
            // DL4J's p is the probability of KEEPING a value.
            return new DropoutLayer.Builder(new Dropout(1.0 - s.rate())).name(id).build();
        }
        if (node.spec() instanceof GaussianNoiseSpec s) {
            return new DropoutLayer.Builder(new GaussianNoise(s.stddev())).name(id).build();
        }
        if (node.spec() instanceof GaussianDropoutSpec s) {
            // Measured on M2.1: GaussianDropout(r) multiplies by N(1, sqrt(r / (1 - r))), Keras' meaning (its
            // Javadoc says the reverse).
            return new DropoutLayer.Builder(new GaussianDropout(s.rate())).name(id).build();
        }
        if (node.spec() instanceof AlphaDropoutSpec s) {
            // AlphaDropout's p is the probability of keeping a value, like Dropout's.
            return new DropoutLayer.Builder(new AlphaDropout(1.0 - s.rate())).name(id).build();
        }
        if (node.spec() instanceof BatchNormSpec s) {
            // DL4J's decay is Keras' momentum: moving = decay * moving + (1 - decay) * batch.
            return new BatchNormalization.Builder().name(id).decay(s.momentum()).eps(s.epsilon()).build();
        }
        if (node.spec() instanceof ActivationSpec s) {
            return new ActivationLayer.Builder().name(id).activation(activation(s.activation())).build();
        }
        throw new IllegalArgumentException(id + ": " + node.kind().displayName() + " has no DL4J layer");
    }

    static IActivation activation(Activation activation) {
        org.nd4j.linalg.activations.Activation a = switch (activation) {
            case RELU -> org.nd4j.linalg.activations.Activation.RELU;
            case TANH -> org.nd4j.linalg.activations.Activation.TANH;
            case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID;
            case SOFTMAX -> org.nd4j.linalg.activations.Activation.SOFTMAX;
            case LINEAR -> org.nd4j.linalg.activations.Activation.IDENTITY;
            case LEAKY_RELU -> null;
            case ELU -> org.nd4j.linalg.activations.Activation.ELU;
            case SELU -> org.nd4j.linalg.activations.Activation.SELU;
            case GELU -> org.nd4j.linalg.activations.Activation.GELU;
            case SWISH -> org.nd4j.linalg.activations.Activation.SWISH;
            case MISH -> org.nd4j.linalg.activations.Activation.MISH;
            case SOFTPLUS -> org.nd4j.linalg.activations.Activation.SOFTPLUS;
            case SOFTSIGN -> org.nd4j.linalg.activations.Activation.SOFTSIGN;
            case RELU6 -> org.nd4j.linalg.activations.Activation.RELU6;
            case HARD_SIGMOID -> org.nd4j.linalg.activations.Activation.HARDSIGMOID;
            case HARD_TANH -> org.nd4j.linalg.activations.Activation.HARDTANH;
        };
        return a == null ? new ActivationLReLU(LEAKY_RELU_SLOPE) : a.getActivationFunction();
    }

    static WeightInit weightInit(org.layerlab.engine.graph.WeightInit init) {
        return switch (init) {
            case GLOROT_UNIFORM -> WeightInit.XAVIER_UNIFORM;
            case GLOROT_NORMAL -> WeightInit.XAVIER;
            case HE_NORMAL -> WeightInit.RELU;
            case HE_UNIFORM -> WeightInit.RELU_UNIFORM;
            case LECUN_NORMAL -> WeightInit.LECUN_NORMAL;
            case LECUN_UNIFORM -> WeightInit.LECUN_UNIFORM;
            case RANDOM_NORMAL -> WeightInit.NORMAL;
            case RANDOM_UNIFORM -> WeightInit.UNIFORM;
            case ZEROS -> WeightInit.ZERO;
            case ONES -> WeightInit.ONES;
        };
    }

    /** Keras' mae is the mean over outputs: DL4J's MEAN_ABSOLUTE_ERROR (its L1 is the sum; equal for one unit). */
    static LossFunction loss(Loss loss) {
        return switch (loss) {
            case CATEGORICAL_CROSSENTROPY -> LossFunction.MCXENT;
            case BINARY_CROSSENTROPY -> LossFunction.XENT;
            case MSE -> LossFunction.MSE;
            case MAE -> LossFunction.MEAN_ABSOLUTE_ERROR;
        };
    }
}
