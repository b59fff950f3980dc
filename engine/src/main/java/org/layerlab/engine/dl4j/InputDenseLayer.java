package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;

/**
 * DL4J's Dense layer as the first layer of a chain, for TRAINING only: its backward pass skips the
 * gradient with respect to the network's input, which DL4J computes and then throws away
 * ({@code calcBackpropGradients} sets it to null at layer 0). For MNIST's 784-512 first layer that
 * is a 128x512 by 512x784 product, a sixth of every minibatch's arithmetic. Everything else is
 * DL4J's code and order, so training is bit-identical (InputDenseLayerTest); an exported model is
 * compiled with the stock {@link DenseLayer}.
 */
public final class InputDenseLayer extends DenseLayer {

    /** For Jackson and {@link #of}. */
    public InputDenseLayer() {
    }

    /** A copy of {@code dense} (every field, whatever the DL4J version adds) as an input layer. */
    static InputDenseLayer of(DenseLayer dense) {
        InputDenseLayer copy = new InputDenseLayer();
        try {
            for (Class<?> c = DenseLayer.class; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        f.set(copy, f.get(dense));
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot copy DL4J's Dense layer configuration: " + e, e);
        }
        return copy;
    }

    /**
     * Makes the first layer of {@code conf} an input layer when that is safe: a plain Dense layer
     * (no layer normalisation) with no input preprocessor. Returns whether it did.
     */
    static boolean install(MultiLayerConfiguration conf) {
        if (conf.getConfs().isEmpty() || conf.getInputPreProcess(0) != null) {
            return false;
        }
        NeuralNetConfiguration first = conf.getConf(0);
        if (first.getLayer().getClass() != DenseLayer.class || ((DenseLayer) first.getLayer()).isHasLayerNorm()) {
            return false;
        }
        first.setLayer(of((DenseLayer) first.getLayer()));
        return true;
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int layerIndex,
                             INDArray layerParamsView, boolean initializeParams, DataType networkDataType) {
        // DenseLayer.instantiate, with the layer below.
        LayerValidation.assertNInNOutSet("DenseLayer", getLayerName(), layerIndex, getNIn(), getNOut());
        Impl layer = new Impl(conf, networkDataType);
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        Map<String, INDArray> paramTable = initializer().init(conf, layerParamsView, initializeParams);
        layer.setParamTable(paramTable);
        layer.setConf(conf);
        return layer;
    }

    /** DL4J's dense layer whose backward pass returns no input gradient. */
    static final class Impl extends org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer {

        Impl(NeuralNetConfiguration conf, DataType dataType) {
            super(conf, dataType);
        }

        @Override
        public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
            if (hasLayerNorm()) {
                return super.backpropGradient(epsilon, workspaceMgr);
            }
            // BaseLayer.backpropGradient of DL4J 1.0.0-M2.1 without epsilonNext = (W delta^T)^T.
            assertInputSet(true);
            INDArray z = preOutputWithPreNorm(true, true, workspaceMgr).getFirst();
            INDArray delta = layerConf().getActivationFn().backprop(z, epsilon).getFirst();
            if (maskArray != null) {
                applyMask(delta);
            }
            Gradient ret = new DefaultGradient();
            if (hasBias()) {
                INDArray biasGrad = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
                delta.sum(biasGrad, 0);
                ret.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGrad);
            }
            getParamWithNoise(DefaultParamInitializer.WEIGHT_KEY, true, workspaceMgr);
            INDArray weightGrad = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY);
            Nd4j.gemm(input.castTo(weightGrad.dataType()), delta, weightGrad, true, false, 1.0, 0.0);
            ret.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGrad);
            weightNoiseParams.clear();
            return new Pair<>(ret, null);
        }
    }
}
