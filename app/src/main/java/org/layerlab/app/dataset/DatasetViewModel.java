package org.layerlab.app.dataset;

import java.util.List;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.engine.data.DataKnobs;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.DataShape;

/**
 * The dataset panel's state: the project's dataset spec, the prepared data for the preview (made on
 * a background executor, only the newest result kept), the data's shape for validation, and a note
 * saying how the graph was fitted to a newly chosen dataset or why it could not be.
 */
public final class DatasetViewModel {

    private final ObjectProperty<DatasetSpec> spec;
    private final GraphEditor editor;
    private final DataPreparer preparer;
    private final Executor background;
    private final Executor fx;

    private final ReadOnlyObjectWrapper<PreparedData> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<DataShape> shape = new ReadOnlyObjectWrapper<>(this, "shape");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper noteIsWarning = new ReadOnlyBooleanWrapper(this, "noteIsWarning");
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(this, "preparing");

    private long generation;
    /** Set when the user picked data the graph should be fitted to, cleared once it is fitted. */
    private boolean fitPending;

    public DatasetViewModel(ObjectProperty<DatasetSpec> spec, GraphEditor editor, DataPreparer preparer,
                            Executor background, Executor fx) {
        this.spec = spec;
        this.editor = editor;
        this.preparer = preparer;
        this.background = background;
        this.fx = fx;
        spec.addListener((o, a, b) -> {
            if (!Objects.equals(a, b)) {
                prepare();
            }
        });
        prepare();
    }

    /** The shape a spec is known to have without loading it (null for CSV files). */
    public static DataShape expectedShape(DatasetSpec s) {
        return switch (s.kind()) {
            case MNIST -> new DataShape("mnist", 784, 10);
            case REGRESSION -> new DataShape("regression", 1, 0);
            case CSV -> null;
            case BLOBS -> new DataShape("blobs", 2, s.classes());
            default -> new DataShape(s.kind().key(), 2, 2);
        };
    }

    public ObjectProperty<DatasetSpec> specProperty() {
        return spec;
    }

    public DatasetSpec spec() {
        return spec.get();
    }

    /** The prepared data of the current spec, or null while it is prepared or when it failed. */
    public ReadOnlyObjectProperty<PreparedData> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Features and classes of the data, or null when unknown (a CSV file not read yet, or unreadable). */
    public ReadOnlyObjectProperty<DataShape> shapeProperty() {
        return shape.getReadOnlyProperty();
    }

    /** Why the data cannot be prepared, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What choosing the data did to the graph, or what it could not fix. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noteIsWarningProperty() {
        return noteIsWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    /**
     * Switches to another dataset with its documented defaults and fits the graph to it; choosing the
     * current dataset again keeps its settings and only fits the graph.
     */
    public void choose(DatasetKind kind) {
        if (kind == spec.get().kind()) {
            change(spec.get(), true);
            return;
        }
        DatasetSpec next = DatasetSpec.defaultsFor(kind);
        if (kind == DatasetKind.CSV && spec.get().path() != null && spec.get().kind() == DatasetKind.CSV) {
            next = next.withPath(spec.get().path());
        }
        change(next, true);
    }

    /** Trains on a CSV file, its last column the label unless another is set. */
    public void chooseCsv(Path file) {
        DatasetSpec base = spec.get().kind() == DatasetKind.CSV ? spec.get() : DatasetSpec.defaultsFor(DatasetKind.CSV);
        change(base.withPath(file.toAbsolutePath().toString()), true);
    }

    public void setLabelColumn(String column, boolean regression) {
        String c = column == null || column.isBlank() ? null : column.trim();
        change(spec.get().withLabelColumn(c, regression), true);
    }

    public void setSamples(int samples) {
        change(spec.get().withSamples(samples), false);
    }

    public void setNoise(double noise) {
        change(spec.get().withNoise(noise), false);
    }

    public void setClasses(int classes) {
        change(spec.get().withClasses(classes), true);
    }

    /** Sets the validation and test shares; training gets the rest. */
    public void setHoldout(double validation, double test) {
        double train = 1.0 - validation - test;
        if (train < 0.1 - 1e-9) {
            throw new IllegalArgumentException("validation + test must leave at least 10 % for training, found "
                    + Math.round(train * 100) + " %");
        }
        change(spec.get().withRatios(train, validation, test), false);
    }

    public void setNormalization(Normalization n) {
        change(spec.get().withNormalization(n), false);
    }

    public void setSeed(long seed) {
        change(spec.get().withSeed(seed), false);
    }

    /** Flips this share (0..1) of the TRAINING labels to another class; validation and test keep theirs. */
    public void setLabelNoise(double fraction) {
        changeKnobs(spec.get().knobs().withLabelNoise(fraction));
    }

    /** Keeps only the first {@code n} training examples (0 keeps all): learning curves, overfitting. */
    public void setTrainingSize(int n) {
        changeKnobs(spec.get().knobs().withTrainingSize(n));
    }

    /** Multiplies feature {@code feature} (0-based) by {@code factor} in every split (1 = unchanged). */
    public void setFeatureScale(int feature, double factor) {
        changeKnobs(spec.get().knobs().withFeatureScale(feature, factor));
    }

    private void changeKnobs(DataKnobs knobs) {
        DatasetSpec s = spec.get();
        List<String> problems = knobs.problems(s.kind(), s.kind() == DatasetKind.REGRESSION || s.regression());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        change(s.withKnobs(knobs), false);
    }

    /** Draws a new sample of the same data: a new seed. */
    public void regenerate() {
        long next;
        do {
            next = ThreadLocalRandom.current().nextLong(1, 1_000_000);
        } while (next == spec.get().seed());
        setSeed(next);
    }

    private void change(DatasetSpec next, boolean fitGraph) {
        if (fitGraph) {
            fitPending = true;
        }
        if (next.equals(spec.get())) {
            if (fitGraph) {
                fitIfReady();
            }
            return;
        }
        spec.set(next);
    }

    private void prepare() {
        DatasetSpec s = spec.get();
        long gen = ++generation;
        preview.set(null);
        error.set("");
        if (!fitPending) {
            showNote("", false);
        }
        shape.set(expectedShape(s));
        preparing.set(true);
        background.execute(() -> {
            PreparedData data = null;
            String failure = "";
            try {
                data = preparer.prepare(s);
            } catch (Exception e) {
                failure = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            PreparedData result = data;
            String message = failure;
            fx.execute(() -> finish(gen, result, message));
        });
    }

    private void finish(long gen, PreparedData data, String failure) {
        if (gen != generation) {
            return;
        }
        preparing.set(false);
        preview.set(data);
        error.set(failure);
        if (data != null) {
            shape.set(data.shape());
        } else if (spec.get().kind() == DatasetKind.CSV) {
            shape.set(null);
        }
        if (data == null && fitPending) {
            fitPending = false;
            showNote("Cannot use this data: " + failure, true);
            return;
        }
        fitIfReady();
    }

    private void fitIfReady() {
        DataShape s = shape.get();
        if (!fitPending || s == null || preparing.get()) {
            return;
        }
        fitPending = false;
        GraphFitter.Fit fit = GraphFitter.fit(editor.graph(), s);
        if (fit.changed()) {
            editor.apply("Fit graph to " + s.datasetName(), g -> GraphFitter.fit(g, s).graph());
        }
        if (!fit.mismatch().isEmpty()) {
            showNote(fit.changed() ? fit.note() + ". " + fit.mismatch() : fit.mismatch(), true);
        } else {
            showNote(fit.changed() ? fit.note() : "The graph already fits " + s.datasetName() + ".", false);
        }
    }

    private void showNote(String text, boolean warning) {
        note.set(text);
        noteIsWarning.set(warning);
    }
}
