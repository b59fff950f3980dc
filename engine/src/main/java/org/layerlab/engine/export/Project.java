package org.layerlab.engine.export;

import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.train.TrainingConfig;

import java.util.Objects;

/** Everything needed to reproduce a run: the graph with node positions, the data and the training config. */
public record Project(String name, String description, ModelGraph graph, DatasetSpec dataset,
                      TrainingConfig training) {

    public Project {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(training, "training");
        name = name == null ? "Untitled" : name;
        description = description == null ? "" : description;
    }

    public Project withGraph(ModelGraph g) {
        return new Project(name, description, g, dataset, training);
    }

    public Project withDataset(DatasetSpec d) {
        return new Project(name, description, graph, d, training);
    }

    public Project withTraining(TrainingConfig t) {
        return new Project(name, description, graph, dataset, t);
    }

    public Project withName(String n) {
        return new Project(n, description, graph, dataset, training);
    }
}
