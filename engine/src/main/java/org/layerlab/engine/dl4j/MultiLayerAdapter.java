package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A chain: a MultiLayerNetwork whose layer i is the i-th compiled node. */
final class MultiLayerAdapter implements NetworkAdapter {

    private final MultiLayerNetwork net;
    private final Map<String, Integer> index;
    private final String inputId;
    private final int firstTrainable;

    MultiLayerAdapter(MultiLayerNetwork net, Map<String, Integer> index, String inputId) {
        this.net = net;
        this.index = Map.copyOf(index);
        this.inputId = inputId;
        int first = 0;
        while (first < net.getnLayers() - 1 && net.getLayer(first).numParams() == 0) {
            first++;
        }
        this.firstTrainable = first;
    }

    MultiLayerNetwork network() {
        return net;
    }

    @Override
    public void fit(DataSet batch) {
        net.fit(batch);
    }

    @Override
    public double score() {
        return net.score();
    }

    @Override
    public INDArray output(INDArray features) {
        return net.output(features, false);
    }

    @Override
    public Map<String, INDArray> activations(INDArray features) {
        List<INDArray> ff = net.feedForward(features, false);
        Map<String, INDArray> out = new HashMap<>();
        out.put(inputId, ff.get(0));
        index.forEach((id, i) -> out.put(id, ff.get(i + 1)));
        return out;
    }

    @Override
    public Layer layer(String vertexId) {
        Integer i = index.get(vertexId);
        return i == null ? null : net.getLayer(i);
    }

    @Override
    public String paramKey(String vertexId, String param) {
        return index.get(vertexId) + "_" + param;
    }

    @Override
    public INDArray params() {
        return net.params();
    }

    @Override
    public void setParams(INDArray params) {
        net.setParams(params);
    }

    @Override
    public int iterationCount() {
        return net.getIterationCount();
    }

    @Override
    public int epochCount() {
        return net.getEpochCount();
    }

    @Override
    public void setEpochCount(int epoch) {
        net.setEpochCount(epoch);
    }

    @Override
    public void setIterationCount(int iteration) {
        net.setIterationCount(iteration);
    }

    @Override
    public NetworkAdapter inferenceCopy() {
        MultiLayerNetwork copy = new MultiLayerNetwork(net.getLayerWiseConfigurations().clone());
        copy.init(net.params().dup(), false);
        return new MultiLayerAdapter(copy, index, inputId);
    }

    @Override
    public double learningRate() {
        Double lr = net.getLearningRate(firstTrainable);
        return lr == null ? Double.NaN : lr;
    }

    @Override
    public void setListeners(TrainingListener... listeners) {
        net.setListeners(listeners);
    }

    @Override
    public Model model() {
        return net;
    }

    @Override
    public String configurationJson() {
        return net.getLayerWiseConfigurations().toJson();
    }

    @Override
    public boolean isGraph() {
        return false;
    }

    @Override
    public void close() {
        net.close();
    }
}
