package org.layerlab.app.gradients;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.layerlab.app.views.CsvTable;
import org.layerlab.app.views.LayerInfo;
import org.layerlab.app.views.LiveView;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.Palette;
import org.layerlab.app.views.PlotCanvas;
import org.layerlab.app.views.PlotSeries;
import org.layerlab.app.views.ViewFrame;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.train.GradientsSnapshot;
import org.layerlab.engine.train.Mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gradient flow: each layer's gradient norm over the run (log scale, input side dark, output side
 * light) and, for the latest minibatch, gradient norms and update:parameter ratios as bars.
 */
public final class GradientFlowView extends ViewFrame implements LiveView {

    /** Points kept per layer over the whole run. */
    public static final int HISTORY = 1024;
    /** Below this first-to-last gradient ratio the view warns of vanishing gradients. */
    static final double VANISHING = 0.01;

    private final GradientHistory history = new GradientHistory(HISTORY);
    private final PlotCanvas lines = new PlotCanvas();
    private final BarsCanvas norms = new BarsCanvas("Gradient norm now", "‖gradient‖");
    private final BarsCanvas ratios = new BarsCanvas("Update : parameter ratio now", "update ratio");
    private final Label warning = new Label();
    private Map<String, LayerInfo> infos = Map.of();
    private Mailbox mailbox;

    public GradientFlowView() {
        super("Gradient flow", "gradient-flow");
        lines.setTitle("Gradient norm per layer");
        lines.setAxisLabels("iteration", "‖gradient‖");
        lines.setLogY(true);
        lines.setFormats(x -> Long.toString((long) x), Numbers::compact);
        lines.setEmptyMessage("No gradients yet: press Train");
        ratios.setReference(1e-3, "healthy ≈ 10⁻³");
        warning.getStyleClass().add("view-warning");
        warning.setWrapText(true);
        HBox bars = new HBox(norms, ratios);
        HBox.setHgrow(norms, Priority.ALWAYS);
        HBox.setHgrow(ratios, Priority.ALWAYS);
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox.setVgrow(bars, Priority.ALWAYS);
        VBox content = new VBox(4, warning, lines, bars);
        setCenter(content);
        refresh();
    }

    /** Layer titles and order come from the graph the run was built from. */
    public void setGraph(ModelGraph graph) {
        infos = LayerInfo.of(graph);
        refresh();
        flush();
    }

    @Override
    public void drain(Mailbox next) {
        if (next != mailbox) {
            clear();
            mailbox = next;
        }
        GradientsSnapshot snapshot = next == null ? null : next.gradients().take();
        if (snapshot != null) {
            history.accept(snapshot);
            refresh();
        }
        lines.flushLive();
        norms.flushLive();
        ratios.flushLive();
    }

    @Override
    public void clear() {
        history.clear();
        mailbox = null;
        refresh();
        flush();
    }

    public GradientHistory history() {
        return history;
    }

    @Override
    public CsvTable toCsv() {
        return history.toCsv();
    }

    @Override
    public void repaintForExport() {
        lines.repaintNow();
        norms.repaintNow();
        ratios.repaintNow();
    }

    private void flush() {
        lines.flush();
        norms.flush();
        ratios.flush();
    }

    private void refresh() {
        List<String> layers = history.layers();
        List<PlotSeries> series = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            Color c = Palette.layerColor(l, layers.size());
            colours.add(c);
            series.add(new PlotSeries(layers.get(l), c, false, history.iterations(), history.norms(l),
                    history.count()));
        }
        lines.setSeries(series);
        double[][] bars = history.latestBars();
        norms.setBars(layers, bars[0], colours);
        ratios.setBars(layers, bars[1], colours);
        double ratio = history.firstToLastRatio();
        boolean vanishing = ratio < VANISHING;
        if (vanishing) {
            warning.setText("⚠ Vanishing gradients: the gradient of " + title(layers.get(0)) + " is about "
                    + Numbers.count(roundTwoDigits(1 / ratio)) + "× smaller than that of " + title(layers.get(layers.size() - 1))
                    + ": the layers near the input barely learn.");
        }
        warning.setVisible(vanishing);
        warning.setManaged(vanishing);
    }

    /** 6167 as 6200: a rough factor reads better with two significant digits. */
    static long roundTwoDigits(double v) {
        if (v < 100) {
            return Math.round(v);
        }
        double unit = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.round(Math.round(v / unit) * unit);
    }

    private String title(String id) {
        LayerInfo info = infos.get(id);
        return info == null ? id : info.title();
    }
}
