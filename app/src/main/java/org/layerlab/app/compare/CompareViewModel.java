package org.layerlab.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.engine.data.DataPipeline;
import org.layerlab.engine.data.Dataset;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.teach.Comparison;
import org.layerlab.engine.teach.ComparisonResult;
import org.layerlab.engine.teach.ProjectDiff;
import org.layerlab.engine.teach.ProjectEdit;
import org.layerlab.engine.teach.RunOptions;
import org.layerlab.engine.teach.Variant;
import org.layerlab.engine.teach.lesson.Experiment;

/**
 * The Compare window's state: a base project, its variants with their differences, and a comparison
 * that trains them one after the other (same data, same seed) while the window watches.
 */
public final class CompareViewModel {

    /** One variant: a legend name, the edits that make it, and what differs from the base. */
    public record VariantRow(String name, List<ProjectEdit> edits, List<String> differences) {

        public VariantRow {
            edits = List.copyOf(edits);
            differences = List.copyOf(differences);
        }

        /** "Dropout 0.5 after dense_1: dropout_1: rate 0.5 added; ..." as the list shows it. */
        public String describe() {
            return name + (differences.isEmpty() ? "  ·  the base project as it is"
                    : "  ·  " + String.join("; ", differences));
        }
    }

    /** The 2-D training points of the base data, for the side-by-side boundaries. */
    public record Points(double[][] xy, int[] labels, List<String> classNames) {
    }

    private final TeachJob job;
    private final ReadOnlyObjectWrapper<Project> base = new ReadOnlyObjectWrapper<>(this, "base");
    private final ObservableList<VariantRow> variants = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunFeed.Snapshot> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ReadOnlyObjectWrapper<ComparisonResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Points> points = new ReadOnlyObjectWrapper<>(this, "points");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private volatile Points preparedPoints;

    public CompareViewModel(Project base, Executor background, Executor fx, FrameLoop frames) {
        this.job = new TeachJob(background, fx, frames);
        setBase(base);
    }

    /** Starts over from {@code project}: the variant list holds only the base itself. */
    public void setBase(Project project) {
        if (job.runningProperty().get()) {
            throw new IllegalStateException("stop the comparison before changing its project");
        }
        base.set(project);
        variants.setAll(new VariantRow("original", List.of(), List.of()));
        clearResults();
    }

    /** Starts over from a lesson's project and its own variants. */
    public void preset(Project project, List<Experiment.VariantSpec> specs) {
        setBase(project);
        List<VariantRow> rows = new ArrayList<>();
        for (Experiment.VariantSpec spec : specs) {
            Project p = Variant.of(spec.name(), project, spec.edits()).project();
            rows.add(new VariantRow(spec.name(), spec.edits(), ProjectDiff.between(project, p)));
        }
        variants.setAll(rows);
    }

    /** Adds the variant {@code edit} makes; a bad value or layer is reported in {@link #errorProperty}. */
    public boolean addVariant(VariantEdit edit, String node, String value) {
        try {
            VariantEdit.Made made = edit.make(node, value);
            return addVariant(made.name(), made.edits());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** Adds a named variant made of {@code edits}; refused (with the reason) when they do not apply. */
    public boolean addVariant(String name, List<ProjectEdit> edits) {
        if (variants.stream().anyMatch(v -> v.name().equals(name))) {
            error.set("there is already a variant named '" + name + "'");
            return false;
        }
        try {
            Project p = Variant.of(name, base.get(), edits).project();
            variants.add(new VariantRow(name, edits, ProjectDiff.between(base.get(), p)));
            error.set("");
            clearResults();
            return true;
        } catch (RuntimeException e) {
            error.set("cannot make '" + name + "': " + e.getMessage());
            return false;
        }
    }

    public void removeVariant(VariantRow row) {
        variants.remove(row);
        clearResults();
    }

    /** The Dense layers a variant can target, by id. */
    public List<String> denseLayers() {
        return base.get().graph().nodesOfKind(LayerKind.DENSE).stream().map(Node::id).toList();
    }

    /** Trains every variant in the background; progress and result arrive on the FX thread. */
    public void run() {
        if (variants.isEmpty()) {
            error.set("add at least one variant to compare");
            return;
        }
        Project project = base.get();
        List<Variant> list = variants.stream().map(v -> Variant.of(v.name(), project, v.edits())).toList();
        clearResults();
        error.set("");
        job.start(new RunOptions(false, false, true, false), context -> {
            preparedPoints = pointsOf(DataPipeline.prepare(project.dataset()));
            return Comparison.run(project, list, context);
        }, snapshot -> {
            if (points.get() == null && preparedPoints != null) {
                points.set(preparedPoints);
            }
            progress.set(snapshot);
        }, r -> {
            if (points.get() == null) {
                points.set(preparedPoints);
            }
            result.set(r);
        }, error::set);
    }

    public void stop() {
        job.cancel();
    }

    private void clearResults() {
        progress.set(null);
        result.set(null);
        points.set(null);
        preparedPoints = null;
    }

    /** The 2-D classification points of the training split, or null for other data. */
    static Points pointsOf(PreparedData data) {
        Dataset train = data.train();
        if (!train.isClassification() || train.featureCount() != 2) {
            return null;
        }
        double[][] xy = new double[train.size()][];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = new double[] {train.features()[i][0], train.features()[i][1]};
        }
        return new Points(xy, train.labels().clone(), train.classNames());
    }

    public ReadOnlyObjectProperty<Project> baseProperty() {
        return base.getReadOnlyProperty();
    }

    public ObservableList<VariantRow> variants() {
        return variants;
    }

    public ReadOnlyObjectProperty<RunFeed.Snapshot> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ComparisonResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Points> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public TeachJob job() {
        return job;
    }
}
