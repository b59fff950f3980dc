package org.layerlab.app.explorers;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.layerlab.engine.data.Augmentation;

/**
 * The Augmentation tab: an MNIST digit, the augmentation bounds (Keras' ImageDataGenerator ideas) and
 * a 4 x 4 grid of random versions of the digit within those bounds.
 */
final class AugmentationTab {

    private static final int ORIGINAL_SCALE = 8;
    private static final int GRID_SCALE = 4;
    private static final int COLUMNS = 4;

    private AugmentationTab() {
    }

    static Tab create(AugmentationViewModel model) {
        Spinner<Integer> index = new Spinner<>();
        index.setId("augmentIndex");
        index.setEditable(true);
        index.setPrefWidth(110);
        SpinnerValueFactory.IntegerSpinnerValueFactory range =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 0, model.indexProperty().get());
        index.setValueFactory(range);
        model.digitCountProperty().addListener((o, was, now) -> range.setMax(Math.max(0, now.intValue() - 1)));
        index.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.indexProperty().set(now);
            }
        });
        CheckBox flip = new CheckBox("Flip left-right");
        flip.setId("augmentFlip");
        flip.selectedProperty().bindBidirectional(model.flipProperty());
        Button again = new Button("New random draws");
        again.setId("augmentReshuffle");
        again.setOnAction(e -> model.reshuffle());
        HBox top = new HBox(10, new Label("MNIST training digit"), index, flip, again);
        top.setAlignment(Pos.CENTER_LEFT);

        GridPane knobs = new GridPane();
        knobs.setHgap(10);
        knobs.setVgap(6);
        slider(knobs, 0, "augmentRotation", "Rotation ± degrees", model.rotationProperty(),
                Augmentation.MAX_ROTATION, 1, "%.0f°");
        slider(knobs, 1, "augmentShift", "Shift ± pixels", model.shiftProperty(), Augmentation.MAX_SHIFT, 0.5,
                "%.1f px");
        slider(knobs, 2, "augmentZoom", "Zoom ± fraction", model.zoomProperty(), Augmentation.MAX_ZOOM, 0.05,
                "%.2f");
        slider(knobs, 3, "augmentNoise", "Gaussian noise (σ, share of 0..255)", model.noiseProperty(),
                Augmentation.MAX_NOISE, 0.05, "%.2f");

        ImageView original = new ImageView();
        original.setId("augmentOriginal");
        Label originalTitle = new Label("Original");
        originalTitle.getStyleClass().add("teach-subheading");
        GridPane grid = new GridPane();
        grid.setId("augmentGrid");
        grid.setHgap(6);
        grid.setVgap(6);
        Label gridTitle = new Label("16 random augmented versions (what the network would see as extra training "
                + "examples)");
        gridTitle.getStyleClass().add("teach-subheading");
        gridTitle.setWrapText(true);
        model.originalProperty().addListener((o, was, now) ->
                original.setImage(now == null ? null : DigitImage.render(now, ORIGINAL_SCALE)));
        model.previewsProperty().addListener((o, was, now) -> fill(grid, now));

        Label caption = new Label();
        caption.setId("augmentCaption");
        caption.getStyleClass().add("teach-subheading");
        caption.textProperty().bind(model.captionProperty());
        Label error = new Label();
        error.setId("augmentError");
        error.getStyleClass().add("teach-error");
        error.textProperty().bind(model.errorProperty());
        Label note = new Label("Augmentation adds label-preserving variations of the training digits, so the "
                + "network sees more handwriting than it was given. Small rotations, shifts and zooms keep a "
                + "digit a digit; a flip does not (a mirrored 3 is not a 3) and strong noise hides the strokes. "
                + "Only training digits are augmented, never validation or test ones.");
        note.getStyleClass().add("teach-text");
        note.setWrapText(true);

        HBox pictures = new HBox(24, new VBox(6, originalTitle, original), new VBox(6, gridTitle, grid));
        VBox box = new VBox(10, top, knobs, caption, error, pictures, note);
        box.getStyleClass().add("teach-window");
        box.setPadding(new Insets(14));
        Tab tab = new Tab("Augmentation", box);
        tab.setId("augmentationTab");
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                model.load();
            }
        });
        return tab;
    }

    private static void fill(GridPane grid, List<float[]> images) {
        grid.getChildren().clear();
        for (int i = 0; i < images.size(); i++) {
            ImageView view = new ImageView(DigitImage.render(images.get(i), GRID_SCALE));
            grid.add(view, i % COLUMNS, i / COLUMNS);
        }
    }

    private static void slider(GridPane knobs, int row, String id, String title, DoubleProperty value, double max,
                               double step, String format) {
        Slider s = new Slider(0, max, value.get());
        s.setId(id);
        s.setPrefWidth(360);
        s.setBlockIncrement(step);
        s.setMajorTickUnit(max / 4);
        s.setShowTickMarks(true);
        s.valueProperty().bindBidirectional(value);
        Label shown = new Label();
        shown.setMinWidth(70);
        shown.textProperty().bind(value.asString(Locale.ROOT, format));
        knobs.addRow(row, new Label(title), s, shown);
    }
}
