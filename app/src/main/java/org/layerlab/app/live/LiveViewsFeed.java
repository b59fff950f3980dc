package org.layerlab.app.live;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.app.dataset.DataPreparer;
import org.layerlab.app.layereffect.LayerEffectView;
import org.layerlab.app.training.TrainingViewModel;
import org.layerlab.app.views.LayerInfo;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.ModelSummary;
import org.layerlab.engine.train.TrainingConfig;
import org.layerlab.engine.train.TrainingRun;

/**
 * Feeds the live views what they draw besides the mailbox: the run's mailbox once per frame from the
 * window's one timer, the graph (the run's while there is one, the edited one otherwise), the data
 * points and class names for the boundary, the early-stopping setting, and on-demand refreshes.
 * Before the first Train the views show the project as it is: its data, its layers, its summary.
 */
public final class LiveViewsFeed {

    private final LiveViews views;
    private final TrainingViewModel training;
    private final GraphEditor editor;
    private final ObservableValue<PreparedData> preview;
    private final ObservableValue<TrainingConfig> config;
    private final DataPreparer preparer;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyStringWrapper absentReason = new ReadOnlyStringWrapper(this, "absentReason", "");
    private final ReadOnlyStringWrapper dataKind = new ReadOnlyStringWrapper(this, "dataKind", "boundary");

    private Map<String, LayerInfo> shownLayers;
    private PreparedData shownData;
    private long dataRequest;

    /**
     * @param preview the prepared data of the project's dataset (the dataset panel's), null while it is prepared
     * @param config  the project's training settings
     * @param preparer prepares a run's data when the run did not bring it (off the FX thread)
     */
    public LiveViewsFeed(LiveViews views, TrainingViewModel training, GraphEditor editor,
                         ObservableValue<PreparedData> preview, ObservableValue<TrainingConfig> config,
                         DataPreparer preparer, Executor background, Executor fx) {
        this.views = views;
        this.training = training;
        this.editor = editor;
        this.preview = preview;
        this.config = config;
        this.preparer = preparer;
        this.background = background;
        this.fx = fx;
        training.addFrameListener(views::drain);
        training.runProperty().addListener((o, was, run) -> runChanged(run));
        editor.graphProperty().addListener((o, a, g) -> graphEdited(g));
        editor.primarySelectionProperty().addListener((o, a, id) -> selected(id));
        preview.addListener((o, a, data) -> {
            if (training.runProperty().get() == null && data != null) {
                showData(data);
            }
        });
        config.addListener((o, a, c) -> {
            if (training.runProperty().get() == null && c != null) {
                views.loss().setEarlyStopping(c.earlyStopping());
            }
        });
        views.layerEffect().setOnRefresh(id -> {
            TrainingRun run = training.runProperty().get();
            if (run != null) {
                run.requestViews();
            }
        });
        runChanged(null);
    }

    /** Why the data has no boundary or curve to draw ("" when it has one). */
    public ReadOnlyStringProperty absentReasonProperty() {
        return absentReason.getReadOnlyProperty();
    }

    /** "boundary", "curve" or "none": what the boundary view shows for the current data. */
    public ReadOnlyStringProperty dataKindProperty() {
        return dataKind.getReadOnlyProperty();
    }

    private void runChanged(TrainingRun run) {
        if (run == null) {
            // Reset: the views forget the run and show the project as it is now.
            views.clear();
            showGraph(editor.graph());
            if (config.getValue() != null) {
                views.loss().setEarlyStopping(config.getValue().earlyStopping());
            }
            if (preview.getValue() != null) {
                showData(preview.getValue());
            }
        } else {
            showGraph(run.project().graph());
            views.loss().setEarlyStopping(run.project().training().earlyStopping());
            run.data().ifPresentOrElse(this::showData, () -> prepareData(run.project().dataset()));
        }
        graphEdited(editor.graph());
    }

    private void graphEdited(ModelGraph graph) {
        ModelSummary summary = ModelSummary.of(graph);
        if (!summary.equals(views.summary().summary())) {
            views.summary().setSummary(summary);
        }
        if (training.runProperty().get() == null) {
            showGraph(graph);
        }
    }

    /** Layer names and the effect chooser follow the graph; node moves change nothing here, so they cost nothing. */
    private void showGraph(ModelGraph graph) {
        Map<String, LayerInfo> layers = LayerInfo.of(graph);
        if (layers.equals(shownLayers)) {
            return;
        }
        shownLayers = layers;
        views.histograms().setGraph(graph);
        views.gradients().setGraph(graph);
        views.layerEffect().setGraph(graph);
    }

    private void selected(String id) {
        LayerEffectView effect = views.layerEffect();
        LayerInfo info = id == null || shownLayers == null ? null : shownLayers.get(id);
        if (info != null && LayerEffectView.EFFECT_KINDS.contains(info.kind())) {
            effect.choose(id);
        }
    }

    /** A run built without its data (tests' run factories): the same spec gives the same data. */
    private void prepareData(DatasetSpec spec) {
        PreparedData p = preview.getValue();
        if (p != null && Objects.equals(p.spec(), spec)) {
            showData(p);
            return;
        }
        long request = ++dataRequest;
        background.execute(() -> {
            try {
                PreparedData data = preparer.prepare(spec);
                fx.execute(() -> {
                    if (request == dataRequest) {
                        showData(data);
                    }
                });
            } catch (Exception e) {
                // The run itself reports bad data; the boundary keeps its last points.
            }
        });
    }

    private void showData(PreparedData data) {
        dataRequest++;
        if (data == shownData) {
            return;
        }
        shownData = data;
        String why = BoundaryPoints.absentReason(data);
        absentReason.set(why);
        if (!why.isEmpty()) {
            dataKind.set("none");
            views.boundary().setPoints(new double[0][], new int[0], false);
            views.boundary().setPoints(new double[0][], new int[0], true);
            return;
        }
        BoundaryPoints points = BoundaryPoints.of(data);
        dataKind.set(points.isRegression() ? "curve" : "boundary");
        // Generated sets name their classes "0", "1": "class 0" reads better in a legend.
        views.boundary().setClassNames(points.classNames().stream()
                .map(n -> n.matches("\\d+") ? "class " + n : n).toList());
        views.boundary().setPoints(points.trainXy(), points.trainLabels(), false);
        views.boundary().setPoints(points.validationXy(), points.validationLabels(), true);
    }
}
