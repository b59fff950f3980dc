package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.layerlab.engine.export.Project;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

/** A model reloaded from an exported zip: the DL4J network, its normalizer, the project and the provenance. */
public final class LoadedModel implements AutoCloseable {

    private final Model network;
    private final DataNormalization normalizer;
    private final Project project;
    private final Map<String, Object> provenance;
    private final LabelEncoding encoding;
    private final int features;

    LoadedModel(Model network, DataNormalization normalizer, Project project, Map<String, Object> provenance,
                LabelEncoding encoding, int features) {
        this.network = network;
        this.normalizer = normalizer;
        this.project = project;
        this.provenance = Map.copyOf(provenance);
        this.encoding = encoding;
        this.features = features;
    }

    /** Class probabilities (one sigmoid unit becomes [1 - p, p]) or regression outputs for raw features. */
    public double[][] predict(float[][] rawFeatures) {
        Dl4jTrainableModel.checkFeatures(rawFeatures, features);
        if (rawFeatures.length == 0) {
            return new double[0][];
        }
        INDArray x = Nd4j.createFromArray(rawFeatures);
        Normalizers.apply(normalizer, x);
        INDArray out = network instanceof ComputationGraph g ? g.outputSingle(false, x)
                : ((MultiLayerNetwork) network).output(x, false);
        return Losses.rows(Copies.floats(out), rawFeatures.length, (int) out.size(1), encoding);
    }

    /** The project (graph, dataset, training config) the model was trained from. */
    public Project project() {
        return project;
    }

    /** Versions, machine, data, seeds, epochs trained and last metrics, as written at export. */
    public Map<String, Object> provenance() {
        return provenance;
    }

    /** The restored {@code MultiLayerNetwork} or {@code ComputationGraph}. */
    public Model network() {
        return network;
    }

    /** The normalizer stored with the model, or null when features are used as they are. */
    public DataNormalization normalizer() {
        return normalizer;
    }

    public boolean isClassification() {
        return encoding.isClassification();
    }

    /** Features per example the model expects. */
    public int features() {
        return features;
    }

    @SuppressWarnings("unchecked")
    public List<String> classNames() {
        Object names = provenance.get("classNames");
        return names instanceof List<?> list ? (List<String>) list : List.of();
    }

    @Override
    public void close() {
        network.close();
    }
}
