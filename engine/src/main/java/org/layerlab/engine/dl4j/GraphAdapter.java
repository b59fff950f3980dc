package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.util.Map;

/** A branched graph: a ComputationGraph whose vertices are named with the graph's node ids. */
final class GraphAdapter implements NetworkAdapter {

    private final ComputationGraph graph;
    private final String firstTrainable;

    GraphAdapter(ComputationGraph graph) {
        this.graph = graph;
        String first = null;
        for (int i : graph.topologicalSortOrder()) {
            var vertex = graph.getVertices()[i];
            if (vertex.hasLayer() && vertex.getLayer().numParams() > 0) {
                first = vertex.getVertexName();
                break;
            }
        }
        this.firstTrainable = first;
    }

    ComputationGraph network() {
        return graph;
    }

    @Override
    public void fit(DataSet batch) {
        graph.fit(batch);
    }

    @Override
    public double score() {
        return graph.score();
    }

    @Override
    public INDArray output(INDArray features) {
        return graph.outputSingle(false, features);
    }

    @Override
    public Map<String, INDArray> activations(INDArray features) {
        return graph.feedForward(features, false);
    }

    @Override
    public Layer layer(String vertexId) {
        var vertex = graph.getVertex(vertexId);
        return vertex != null && vertex.hasLayer() ? vertex.getLayer() : null;
    }

    @Override
    public String paramKey(String vertexId, String param) {
        return vertexId + "_" + param;
    }

    @Override
    public INDArray params() {
        return graph.params();
    }

    @Override
    public void setParams(INDArray params) {
        graph.setParams(params);
    }

    @Override
    public int iterationCount() {
        return graph.getIterationCount();
    }

    @Override
    public int epochCount() {
        return graph.getEpochCount();
    }

    @Override
    public void setEpochCount(int epoch) {
        graph.getConfiguration().setEpochCount(epoch);
    }

    @Override
    public void setIterationCount(int iteration) {
        graph.getConfiguration().setIterationCount(iteration);
    }

    @Override
    public NetworkAdapter inferenceCopy() {
        ComputationGraph copy = new ComputationGraph(graph.getConfiguration().clone());
        copy.init(graph.params().dup(), false);
        return new GraphAdapter(copy);
    }

    @Override
    public double learningRate() {
        if (firstTrainable == null) {
            return Double.NaN;
        }
        Double lr = graph.getLearningRate(firstTrainable);
        return lr == null ? Double.NaN : lr;
    }

    @Override
    public void setListeners(TrainingListener... listeners) {
        graph.setListeners(listeners);
    }

    @Override
    public Model model() {
        return graph;
    }

    @Override
    public String configurationJson() {
        return graph.getConfiguration().toJson();
    }

    @Override
    public boolean isGraph() {
        return true;
    }

    @Override
    public void close() {
        graph.close();
    }
}
