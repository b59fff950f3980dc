package org.layerlab.app.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.layerlab.app.widgets.FormGrid;
import org.layerlab.app.widgets.NumberField;
import org.layerlab.app.widgets.NumberRange;
import org.layerlab.engine.data.DataPipeline;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.Normalization;

/** The dataset panel: the data, its size, noise, splits, scaling and seed, the preview and the fit note. */
public final class DatasetPanel extends VBox {

    private final DatasetViewModel model;
    private final ComboBox<DatasetKind> kind = new ComboBox<>(FXCollections.observableArrayList(DatasetKind.values()));
    private final Label csvPath = new Label();
    private final TextField labelColumn = new TextField();
    private final CheckBox regression = new CheckBox("numeric target (regression)");
    private final NumberField samples = NumberField.spinner(NumberRange.whole("samples", DataPipeline.MIN_SAMPLES, DataPipeline.MAX_SAMPLES), 50);
    private final NumberField digits = NumberField.spinner(NumberRange.whole("digits", 0, 8000), 500);
    private final NumberField noise = NumberField.slider(NumberRange.decimal("noise", 0, DataPipeline.MAX_NOISE), 0, 1, 0.01);
    private final NumberField classes = NumberField.spinner(NumberRange.whole("classes", 2, 10), 1);
    private final NumberField validation = NumberField.spinner(NumberRange.whole("validation %", 0, 50), 5);
    private final NumberField test = NumberField.spinner(NumberRange.whole("test %", 0, 50), 5);
    private final Label split = new Label();
    private final ComboBox<Normalization> normalization =
            new ComboBox<>(FXCollections.observableArrayList(Normalization.values()));
    private final NumberField labelNoise = NumberField.slider(NumberRange.whole("label noise %", 0, 100), 0, 50, 1);
    private final NumberField trainingSize = NumberField.spinner(NumberRange.whole("training examples", 0, DataPipeline.MAX_SAMPLES), 10);
    private final NumberField scaledFeature = NumberField.spinner(NumberRange.whole("scaled feature", 1, 784), 1);
    private final NumberField featureScale = NumberField.plain(NumberRange.decimal("scale factor", 0.001, 1_000_000)).withoutHint();
    private final NumberField seed = NumberField.plain(NumberRange.whole("seed", 0, Integer.MAX_VALUE)).withoutHint();
    private final Label note = new Label();
    private final DataPreview preview = new DataPreview();
    private final FormGrid form = new FormGrid();
    private final List<FormGrid.Row> csvRows;
    private final FormGrid.Row samplesRow;
    private final FormGrid.Row digitsRow;
    private final FormGrid.Row noiseRow;
    private final FormGrid.Row classesRow;
    private final FormGrid.Row labelNoiseRow;
    private boolean updating;

    public DatasetPanel(DatasetViewModel model, Supplier<Optional<Path>> chooseCsv) {
        this.model = model;
        setId("datasetPanel");
        getStyleClass().add("side-panel");
        setSpacing(10);

        kind.setId("datasetChoice");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setButtonCell(new KindCell());
        kind.setCellFactory(v -> new KindCell());
        kind.setOnAction(e -> {
            if (!updating && kind.getValue() != null) {
                if (kind.getValue() == DatasetKind.CSV && model.spec().path() == null) {
                    chooseCsv.get().ifPresentOrElse(model::chooseCsv, this::refresh);
                } else {
                    model.choose(kind.getValue());
                }
            }
        });
        Button browse = new Button("Choose CSV…");
        browse.setId("chooseCsv");
        browse.setOnAction(e -> chooseCsv.get().ifPresent(model::chooseCsv));
        csvPath.getStyleClass().add("muted");
        csvPath.setWrapText(true);
        labelColumn.setPromptText("last column");
        labelColumn.setPrefColumnCount(10);
        labelColumn.setOnAction(e -> model.setLabelColumn(labelColumn.getText(), regression.isSelected()));
        labelColumn.focusedProperty().addListener((o, a, now) -> {
            if (!now && !updating) {
                model.setLabelColumn(labelColumn.getText(), regression.isSelected());
            }
        });
        regression.setOnAction(e -> model.setLabelColumn(labelColumn.getText(), regression.isSelected()));

        samples.textField().setId("dataset-samples");
        samples.setOnCommit(v -> run(() -> model.setSamples(v.intValue())));
        digits.textField().setId("dataset-digits");
        digits.setOnCommit(v -> run(() -> model.setSamples(v.intValue())));
        noise.textField().setId("dataset-noise");
        noise.setOnCommit(v -> run(() -> model.setNoise(v)));
        classes.textField().setId("dataset-classes");
        classes.setOnCommit(v -> run(() -> model.setClasses(v.intValue())));
        validation.textField().setId("dataset-validation");
        validation.setOnCommit(v -> holdout(v, model.spec().testRatio() * 100));
        test.textField().setId("dataset-test");
        test.setOnCommit(v -> holdout(model.spec().validationRatio() * 100, v));
        split.getStyleClass().add("muted");
        split.setWrapText(true);
        normalization.setId("dataset-normalization");
        normalization.setOnAction(e -> {
            if (!updating && normalization.getValue() != null) {
                model.setNormalization(normalization.getValue());
            }
        });
        seed.textField().setId("dataset-seed");
        seed.setOnCommit(v -> run(() -> model.setSeed(v.longValue())));
        labelNoise.textField().setId("dataset-labelNoise");
        labelNoise.setOnCommit(v -> run(() -> model.setLabelNoise(v / 100.0)));
        trainingSize.textField().setId("dataset-trainingSize");
        trainingSize.setOnCommit(v -> run(() -> model.setTrainingSize(v.intValue())));
        scaledFeature.textField().setId("dataset-scaledFeature");
        scaledFeature.setOnCommit(v -> run(() -> model.setFeatureScale(v.intValue() - 1, model.spec().knobs().featureScale())));
        featureScale.textField().setId("dataset-featureScale");
        featureScale.setOnCommit(v -> run(() -> model.setFeatureScale(model.spec().knobs().scaledFeature(), v)));
        Button regenerate = new Button("Regenerate");
        regenerate.setId("regenerate");
        regenerate.setOnAction(e -> model.regenerate());
        HBox seedRow = new HBox(8, seed, regenerate);
        seedRow.setAlignment(Pos.TOP_LEFT);

        FormGrid top = new FormGrid();
        top.add("Data", "The dataset to train on. Choosing one fits the Input and Output layers to it.", kind);
        csvRows = List.of(top.add("File", "A CSV file with a header row and numeric columns.",
                        new VBox(4, browse, csvPath)),
                top.add("Label column", "The column to predict; empty means the last one.",
                        new VBox(4, labelColumn, regression)));
        samplesRow = form.add("Samples", "How many points to generate.", samples);
        digitsRow = form.add("Digits", "Training digits to use; 0 takes all 8,000.", digits);
        noiseRow = form.add("Noise", "How far points stray from the clean shape.", noise);
        classesRow = form.add("Classes", "How many blobs, one class each.", classes);
        form.add("Validation %", "Share held out to watch generalization while training.", validation);
        form.add("Test %", "Share kept aside for a final check; MNIST uses its own test digits.", test);
        form.add("", null, split);
        form.add("Scaling", "How features are scaled; statistics come from the training split only.",
                normalization);
        form.add("Seed", "The same seed gives the same points and the same split.", seedRow);
        Label knobs = new Label("Teaching knobs");
        knobs.getStyleClass().add("form-section");
        form.add("", null, knobs);
        labelNoiseRow = form.add("Label noise %", "Share of the TRAINING labels flipped to another class "
                + "(mislabeled samples); validation and test keep their true labels.", labelNoise);
        form.add("Training size", "Keep only this many training examples; 0 keeps all. Few examples "
                + "and a big network overfit.", trainingSize);
        form.add("Feature", "Which input feature (x1, x2, ...) the factor below multiplies.", scaledFeature);
        form.add("Scale factor", "Multiply that feature by a factor (the notes' age next to a salary): "
                + "without normalization the large feature dominates; 1 leaves it as it is.", featureScale);

        note.setId("datasetNote");
        note.setWrapText(true);
        note.getStyleClass().add("fit-note");
        preview.setId("dataPreview");
        preview.setMinHeight(150);
        preview.setPrefHeight(170);
        getChildren().addAll(top, note, preview, form);

        model.specProperty().addListener(o -> refresh());
        model.noteProperty().addListener(o -> refreshNote());
        model.noteIsWarningProperty().addListener(o -> refreshNote());
        model.previewProperty().addListener(o -> refreshPreview());
        model.errorProperty().addListener(o -> refreshPreview());
        model.preparingProperty().addListener(o -> refreshPreview());
        refresh();
        refreshNote();
        refreshPreview();
    }

    private Optional<String> run(Runnable change) {
        try {
            change.run();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private Optional<String> holdout(double validationPercent, double testPercent) {
        return run(() -> model.setHoldout(validationPercent / 100.0, testPercent / 100.0));
    }

    private void refresh() {
        updating = true;
        try {
            DatasetSpec s = model.spec();
            kind.setValue(s.kind());
            boolean csv = s.kind() == DatasetKind.CSV;
            csvRows.forEach(r -> r.setShown(csv));
            samplesRow.setShown(s.kind().isGenerated());
            digitsRow.setShown(s.kind() == DatasetKind.MNIST);
            noiseRow.setShown(s.kind().isGenerated());
            classesRow.setShown(s.kind() == DatasetKind.BLOBS);
            csvPath.setText(s.path() == null ? "no file chosen" : Path.of(s.path()).getFileName().toString());
            labelColumn.setText(s.labelColumn() == null ? "" : s.labelColumn());
            regression.setSelected(s.regression());
            samples.setValue(s.samples());
            digits.setValue(s.samples());
            noise.setValue(s.noise());
            classes.setValue(s.classes());
            validation.setValue(Math.round(s.validationRatio() * 100));
            test.setValue(Math.round(s.testRatio() * 100));
            split.setText(String.format("train %d %% · validation %d %% · test %d %%", Math.round(s.trainRatio() * 100),
                    Math.round(s.validationRatio() * 100), Math.round(s.testRatio() * 100)));
            normalization.setValue(s.normalization());
            seed.setValue(s.seed());
            labelNoise.setValue(Math.round(s.knobs().labelNoise() * 100));
            labelNoiseRow.setShown(s.kind() != DatasetKind.REGRESSION && !s.regression());
            trainingSize.setValue(s.knobs().trainingSize());
            scaledFeature.setValue(s.knobs().scaledFeature() + 1);
            featureScale.setValue(s.knobs().featureScale());
        } finally {
            updating = false;
        }
    }

    private void refreshNote() {
        note.setText(model.noteProperty().get());
        note.setVisible(!note.getText().isEmpty());
        note.setManaged(note.isVisible());
        note.getStyleClass().removeAll("warning", "info");
        note.getStyleClass().add(model.noteIsWarningProperty().get() ? "warning" : "info");
    }

    private void refreshPreview() {
        String msg = model.preparingProperty().get() ? "Preparing the data…"
                : model.errorProperty().get().isEmpty() ? "No data" : model.errorProperty().get();
        preview.show(model.previewProperty().get(), msg);
    }

    /** Shows a dataset kind by its name with a short description. */
    private static final class KindCell extends ListCell<DatasetKind> {
        @Override
        protected void updateItem(DatasetKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : displayName(item));
        }
    }

    /** The name of a dataset kind on screen. */
    public static String displayName(DatasetKind kind) {
        return switch (kind) {
            case MOONS -> "Moons";
            case XOR -> "XOR";
            case CIRCLES -> "Circles";
            case SPIRAL -> "Spiral";
            case BLOBS -> "Gaussian blobs";
            case REGRESSION -> "1-D regression (sine)";
            case MNIST -> "MNIST digits";
            case CSV -> "CSV file…";
        };
    }
}
