package org.layerlab.app.histograms;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.layerlab.app.views.CanvasPane;
import org.layerlab.app.views.CsvTable;
import org.layerlab.app.views.LayerInfo;
import org.layerlab.app.views.LiveClock;
import org.layerlab.app.views.LiveScrollPane;
import org.layerlab.app.views.LiveView;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.ViewFrame;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.train.ActivationsSnapshot;
import org.layerlab.engine.train.Histogram;
import org.layerlab.engine.train.LayerActivations;
import org.layerlab.engine.train.Mailbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Activation histograms per layer (first tab) and weight histograms per layer (second tab), each
 * with its "over time" heat strip, fed by the mailbox's activation snapshots.
 */
public final class HistogramsView extends ViewFrame implements LiveView {

    /** True when the model has snapshots the panels do not show yet (the view was hidden). */
    private boolean stale;

    /** Saturated share from which the panel warns. */
    static final double SATURATION_WARNING = 0.3;
    /** Share of exact zeros from which a ReLU layer's panel warns. */
    static final double DEAD_WARNING = 0.5;

    private final HistogramsModel model = new HistogramsModel();
    private final PanelGrid activationPanels = new PanelGrid();
    private final PanelGrid weightPanels = new PanelGrid();
    private final Map<String, HistogramPanel> activationByLayer = new LinkedHashMap<>();
    private final Map<String, HistogramPanel> weightByLayer = new LinkedHashMap<>();
    private final Label when = new Label("");
    private final LiveClock.Gate labels = new LiveClock.Gate();
    private Mailbox mailbox;

    public HistogramsView() {
        super("Activations and weights", "histograms");
        when.setId("histogramsWhen");
        addTools(when);
        TabPane tabs = new TabPane(new Tab("Activations", scroll(activationPanels)),
                new Tab("Weights", scroll(weightPanels)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        showEmpty();
    }

    /** Titles, kinds and activations come from the graph the run was built from. */
    public void setGraph(ModelGraph graph) {
        model.setInfos(LayerInfo.of(graph));
        rebuild();
    }

    @Override
    public void drain(Mailbox next) {
        if (next != mailbox) {
            clear();
            mailbox = next;
        }
        ActivationsSnapshot snapshot = next == null ? null : next.activations().take();
        if (snapshot != null) {
            if (model.accept(snapshot)) {
                rebuild();
            }
            stale = true;
        }
        // The model takes every snapshot; the panels' titles and figures change only while the view
        // shows, and on the live clock's ticks: a new label text in any frame makes JavaFX render,
        // and a software renderer upload, the whole window.
        boolean tickBegan = labels.open(System.nanoTime());
        if (tickBegan && stale && CanvasPane.isTreeShowing(this)) {
            stale = false;
            update();
        }
        activationByLayer.values().forEach(HistogramPanel::flushLive);
        weightByLayer.values().forEach(HistogramPanel::flushLive);
    }

    @Override
    public void clear() {
        model.clear();
        mailbox = null;
        rebuild();
    }

    public HistogramsModel model() {
        return model;
    }

    @Override
    public CsvTable toCsv() {
        return model.toCsv();
    }

    @Override
    public void repaintForExport() {
        if (stale) {
            stale = false;
            update();
        }
        activationByLayer.values().forEach(HistogramPanel::repaintNow);
        weightByLayer.values().forEach(HistogramPanel::repaintNow);
    }

    private void rebuild() {
        activationByLayer.clear();
        weightByLayer.clear();
        activationPanels.getChildren().clear();
        weightPanels.getChildren().clear();
        for (HistogramsModel.LayerState state : model.layers()) {
            HistogramPanel a = new HistogramPanel();
            activationByLayer.put(state.nodeId(), a);
            activationPanels.getChildren().add(a);
            HistogramPanel w = new HistogramPanel();
            weightByLayer.put(state.nodeId(), w);
        }
        if (model.layers().isEmpty()) {
            showEmpty();
        } else {
            update();
        }
    }

    private void update() {
        when.setText(model.epoch() < 0 ? "" : "epoch " + model.epoch() + " · iteration " + model.iteration());
        List<Node> withWeights = new ArrayList<>();
        for (HistogramsModel.LayerState state : model.layers()) {
            LayerActivations a = state.latest();
            if (a == null) {
                continue;
            }
            LayerInfo info = model.info(state.nodeId());
            activationByLayer.get(state.nodeId()).show(info.title(), activationStats(state, info),
                    activationWarning(state, info), a.activations(), state.activationHistory());
            if (a.weights() != null) {
                HistogramPanel w = weightByLayer.get(state.nodeId());
                w.show(info.title(), weightStats(a.weights()), "", a.weights(), state.weightHistory());
                withWeights.add(w);
            }
        }
        // Touch the children only when the set changes: a new list every snapshot would relayout the tab.
        if (!withWeights.isEmpty() && !weightPanels.getChildren().equals(withWeights)) {
            weightPanels.getChildren().setAll(withWeights);
        }
    }

    private String activationStats(HistogramsModel.LayerState state, LayerInfo info) {
        LayerActivations a = state.latest();
        String base = "mean " + Numbers.compact(a.mean()) + " · std " + Numbers.compact(a.std());
        double saturation = model.saturation(state);
        if (!Double.isNaN(saturation)) {
            return base + " · saturated " + Numbers.percent(saturation);
        }
        return base + " · zeros " + Numbers.percent(a.fractionZero());
    }

    private String activationWarning(HistogramsModel.LayerState state, LayerInfo info) {
        double saturation = model.saturation(state);
        if (saturation >= SATURATION_WARNING) {
            double[] range = info.saturationRange();
            return "⚠ saturating: values pile up near " + Numbers.compact(range[0]) + " and "
                    + Numbers.compact(range[1]);
        }
        if (info.canDie() && state.latest().fractionZero() >= DEAD_WARNING) {
            return "⚠ " + Numbers.percent(state.latest().fractionZero()) + " exact zeros: dying ReLUs";
        }
        return "";
    }

    /** Mean and spread of the weights, estimated from the histogram's bin centres. */
    static String weightStats(Histogram h) {
        long total = h.total();
        if (total == 0) {
            return "no weights";
        }
        double width = (h.max() - h.min()) / h.counts().length;
        double sum = 0;
        double squares = 0;
        for (int b = 0; b < h.counts().length; b++) {
            double centre = h.min() + (b + 0.5) * width;
            sum += centre * h.counts()[b];
            squares += centre * centre * h.counts()[b];
        }
        double mean = sum / total;
        double std = Math.sqrt(Math.max(0, squares / total - mean * mean));
        return "mean ≈ " + Numbers.compact(mean) + " · std ≈ " + Numbers.compact(std) + " · " + Numbers.count(total)
                + " weights";
    }

    private void showEmpty() {
        when.setText("");
        Label empty = new Label("No snapshot yet: press Train to see each layer's activations.");
        empty.getStyleClass().add("view-note");
        activationPanels.getChildren().setAll(empty);
        Label emptyWeights = new Label("No snapshot yet: press Train to see each layer's weights.");
        emptyWeights.getStyleClass().add("view-note");
        weightPanels.getChildren().setAll(emptyWeights);
    }

    private static ScrollPane scroll(PanelGrid content) {
        ScrollPane scroll = new LiveScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> content.setViewportHeight(b.getHeight()));
        return scroll;
    }
}
