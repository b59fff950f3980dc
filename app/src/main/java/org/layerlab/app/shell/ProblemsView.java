package org.layerlab.app.shell;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.engine.graph.Problem;

/** Every problem of the graph; clicking one selects the node it concerns, so the inspector shows it. */
public final class ProblemsView extends ListView<Problem> {

    public ProblemsView(GraphEditor editor) {
        super(FXCollections.observableArrayList(editor.problemsProperty().get()));
        setId("problemsList");
        getStyleClass().add("problems-list");
        Label none = new Label("✔ No problems: the graph can be trained.");
        none.getStyleClass().add("no-problems");
        none.setWrapText(true);
        setPlaceholder(none);
        editor.problemsProperty().addListener((o, a, b) -> getItems().setAll(b == null ? List.of() : b));
        setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : "⚠ " + (p.nodeId() == null ? "" : p.nodeId() + ": ") + p.message());
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().remove("problem-cell");
                if (!empty) {
                    getStyleClass().add("problem-cell");
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null && p.nodeId() != null && editor.graph().node(p.nodeId()).isPresent()) {
                editor.select(p.nodeId());
            }
        });
    }
}
