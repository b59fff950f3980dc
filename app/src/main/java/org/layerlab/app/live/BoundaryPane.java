package org.layerlab.app.live;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerlab.app.boundary.DecisionBoundaryView;

/**
 * The decision boundary's place in the window: the view itself, or, for data it cannot draw (MNIST,
 * a CSV file with 3 or more features), a card that says why instead of an empty plot.
 */
public final class BoundaryPane extends StackPane {

    public BoundaryPane(DecisionBoundaryView view, ObservableStringValue absentReason) {
        setId("boundaryPane");
        Label title = new Label("No decision boundary for this data");
        title.getStyleClass().add("absent-title");
        Label why = new Label();
        why.setId("boundaryAbsent");
        why.getStyleClass().add("absent-text");
        why.setWrapText(true);
        why.textProperty().bind(absentReason);
        VBox card = new VBox(10, title, why);
        card.getStyleClass().add("absent-card");
        card.setPadding(new Insets(24));
        card.setAlignment(Pos.TOP_LEFT);
        card.setMinWidth(0);
        getChildren().addAll(view, card);
        Runnable show = () -> {
            boolean absent = !absentReason.get().isEmpty();
            card.setVisible(absent);
            view.setVisible(!absent);
        };
        absentReason.addListener((o, a, b) -> show.run());
        show.run();
    }
}
