package org.layerlab.app.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerlab.app.compare.RunFeed;
import org.layerlab.app.compare.TeachJob;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.Format;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.teach.RunOptions;
import org.layerlab.engine.teach.Sweep;
import org.layerlab.engine.teach.SweepParameter;
import org.layerlab.engine.teach.SweepPoint;
import org.layerlab.engine.teach.SweepResult;
import org.layerlab.engine.teach.SweepSpec;

/**
 * The Sweep window's state: which hyperparameter, on which layer, over which values; the sweep runs
 * in the background and each finished value becomes a point (final and best validation figures),
 * with the best value (lowest final validation loss) marked at the end.
 */
public final class SweepViewModel {

    /** The parameters the window offers, in menu order. */
    public static final List<SweepParameter> OFFERED = List.of(SweepParameter.L2, SweepParameter.LEARNING_RATE,
            SweepParameter.DROPOUT_RATE, SweepParameter.HIDDEN_UNITS, SweepParameter.TRAINING_SIZE);

    /** The node choice meaning "every layer it applies to". */
    public static final String ALL_LAYERS = "all layers";

    private final TeachJob job;
    private final ReadOnlyObjectWrapper<Project> base = new ReadOnlyObjectWrapper<>(this, "base");
    private final ObjectProperty<SweepParameter> parameter = new SimpleObjectProperty<>(this, "parameter",
            SweepParameter.L2);
    private final StringProperty node = new SimpleStringProperty(this, "node", ALL_LAYERS);
    private final StringProperty values = new SimpleStringProperty(this, "values", "");
    private final ObservableList<SweepPoint> points = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper bestIndex = new ReadOnlyIntegerWrapper(this, "bestIndex", -1);
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public SweepViewModel(Project base, Executor background, Executor fx, FrameLoop frames) {
        this.job = new TeachJob(background, fx, frames);
        this.base.set(base);
        parameter.addListener((o, was, now) -> {
            values.set(format(preset(now)));
            node.set(ALL_LAYERS);
        });
        values.set(format(preset(parameter.get())));
    }

    /** Starts over from {@code project} with this parameter, layer (null: all) and values. */
    public void preset(Project project, SweepParameter p, String layer, List<Double> vals) {
        base.set(project);
        parameter.set(p);
        node.set(layer == null ? ALL_LAYERS : layer);
        values.set(format(vals));
        clear();
    }

    /** Sensible values per parameter; for L2 the notes' log scale 0, 0.01, 0.02, ... 10.24. */
    public static List<Double> preset(SweepParameter p) {
        return switch (p) {
            case L2, L1 -> SweepSpec.notesLambdas();
            case LEARNING_RATE -> List.of(0.0001, 0.001, 0.01, 0.1, 1.0);
            case DROPOUT_RATE -> List.of(0.0, 0.2, 0.4, 0.6, 0.8);
            case HIDDEN_UNITS -> List.of(2.0, 4.0, 8.0, 16.0, 32.0, 64.0);
            case TRAINING_SIZE -> List.of(25.0, 50.0, 100.0, 200.0, 400.0);
            case LABEL_NOISE -> List.of(0.0, 0.1, 0.2, 0.3);
        };
    }

    /** The layers the parameter can target, after "all layers". */
    public List<String> layersFor(SweepParameter p) {
        List<String> out = new ArrayList<>();
        out.add(ALL_LAYERS);
        LayerKind kind = switch (p) {
            case L2, L1, HIDDEN_UNITS -> LayerKind.DENSE;
            case DROPOUT_RATE -> LayerKind.DROPOUT;
            default -> null;
        };
        if (kind != null) {
            base.get().graph().nodesOfKind(kind).stream().map(Node::id).forEach(out::add);
        }
        return out;
    }

    /** "0, 0.01, 0.02" from numbers, as the values field shows them. */
    public static String format(List<Double> vals) {
        return String.join(", ", vals.stream().map(Format::decimal).toList());
    }

    /** The values field read as numbers; a bad entry fails naming it. */
    public static List<Double> parse(String text) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(Double.parseDouble(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("each value must be a number, found '" + part.trim() + "'");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("type the values to try, separated by commas (e.g. 0, 0.01, 0.1)");
        }
        return out;
    }

    /** True when the values spread over decades (lambda, learning rate): plot them on a log axis. */
    public boolean logScale() {
        SweepParameter p = parameter.get();
        return p == SweepParameter.L2 || p == SweepParameter.L1 || p == SweepParameter.LEARNING_RATE;
    }

    /** Trains the project once per value in the background. */
    public void run() {
        SweepSpec spec;
        try {
            String layer = ALL_LAYERS.equals(node.get()) || node.get() == null ? null : node.get();
            spec = new SweepSpec(parameter.get(), layer, parse(values.get()));
            for (double v : spec.values()) {
                spec.apply(base.get(), v);
            }
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        clear();
        error.set("");
        Project project = base.get();
        SweepSpec chosen = spec;
        job.start(RunOptions.figuresOnly(), context -> Sweep.run(project, chosen, context),
                snapshot -> showFinished(chosen, snapshot), this::finished, error::set);
    }

    public void stop() {
        job.cancel();
    }

    private void showFinished(SweepSpec spec, RunFeed.Snapshot snapshot) {
        List<SweepPoint> done = new ArrayList<>();
        for (int i = 0; i < snapshot.runs().size() && i < spec.values().size(); i++) {
            RunFeed.RunProgress r = snapshot.runs().get(i);
            if (r.result() != null) {
                done.add(new SweepPoint(spec.values().get(i), r.name(), r.result()));
            }
        }
        if (done.size() != points.size()) {
            points.setAll(done);
        }
    }

    private void finished(SweepResult r) {
        points.setAll(r.points());
        bestIndex.set(r.bestIndex());
        result.set(r);
    }

    private void clear() {
        points.clear();
        bestIndex.set(-1);
        result.set(null);
    }

    /** "λ (L2) = 0.04" for the best point, or "" before the sweep ends. */
    public String bestLabel() {
        return bestIndex.get() < 0 ? "" : points.get(bestIndex.get()).label();
    }


    public ReadOnlyObjectProperty<Project> baseProperty() {
        return base.getReadOnlyProperty();
    }

    public ObjectProperty<SweepParameter> parameterProperty() {
        return parameter;
    }

    public StringProperty nodeProperty() {
        return node;
    }

    public StringProperty valuesProperty() {
        return values;
    }

    public ObservableList<SweepPoint> points() {
        return points;
    }

    public ReadOnlyIntegerProperty bestIndexProperty() {
        return bestIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public TeachJob job() {
        return job;
    }
}
