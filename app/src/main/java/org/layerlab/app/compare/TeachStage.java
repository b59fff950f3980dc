package org.layerlab.app.compare;

import java.util.List;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Builds the teaching toolkit's windows the same way: owned by the studio, its CSS, a cleanup on close. */
public final class TeachStage {

    /** Pass/fail, legend swatches and the other looks of the teaching windows. */
    public static final String STYLESHEET =
            Objects.requireNonNull(TeachStage.class.getResource("/org/layerlab/app/teach.css")).toExternalForm();

    private TeachStage() {
    }

    /** A window over {@code owner} showing {@code root}; {@code onClose} runs when it closes (stop the runs). */
    public static Stage create(Window owner, String title, Parent root, double width, double height,
                               List<String> stylesheets, Runnable onClose) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(stylesheets);
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        stage.setOnHidden(e -> onClose.run());
        return stage;
    }
}
