package org.layerlab.app.shell;

import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.app.training.TrainingViewModel;
import org.layerlab.engine.graph.DataShape;
import org.layerlab.engine.graph.GraphValidator;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.NodeShape;
import org.layerlab.engine.graph.Problem;
import org.layerlab.engine.graph.ShapeInference;

/**
 * Live validation: whenever the graph or the data changes, runs the engine's validator and shape
 * inference, hands the results to the canvas (outlines, output shapes) and tells the training view
 * model why Train must wait, if it must.
 */
final class GraphChecker {

    private final GraphEditor editor;
    private final ObservableValue<DataShape> shape;
    private final ObservableValue<String> dataError;
    private final TrainingViewModel training;

    GraphChecker(GraphEditor editor, ObservableValue<DataShape> shape, ObservableValue<String> dataError,
                 TrainingViewModel training) {
        this.editor = editor;
        this.shape = shape;
        this.dataError = dataError;
        this.training = training;
        editor.graphProperty().addListener(o -> check());
        shape.addListener(o -> check());
        dataError.addListener(o -> check());
        check();
    }

    void check() {
        ModelGraph graph = editor.graph();
        List<Problem> problems = GraphValidator.validate(graph, shape.getValue());
        Map<String, NodeShape> shapes;
        try {
            shapes = ShapeInference.infer(graph);
        } catch (RuntimeException e) {
            // Shapes are a help on the canvas; the validator already reports what makes them impossible.
            shapes = Map.of();
        }
        editor.problemsProperty().set(problems);
        editor.shapesProperty().set(shapes);
        training.blockedReasonProperty().set(reason(graph, problems, dataError.getValue()));
    }

    /** Why Train is disabled, or "" when the graph and the data are fine. */
    static String reason(ModelGraph graph, List<Problem> problems, String dataError) {
        if (graph.nodes().isEmpty()) {
            return "Drag an Input, a Dense and an Output layer from the palette and connect them to train";
        }
        if (!problems.isEmpty()) {
            String first = problems.get(0).message();
            return problems.size() == 1 ? "Fix this to train: " + first
                    : "Fix " + problems.size() + " problems to train, first: " + first;
        }
        if (dataError != null && !dataError.isEmpty()) {
            return "The data cannot be used: " + dataError;
        }
        return "";
    }
}
