package org.layerlab.app.histograms;

import org.layerlab.app.views.CsvTable;
import org.layerlab.app.views.LayerInfo;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.train.ActivationsSnapshot;
import org.layerlab.engine.train.Histogram;
import org.layerlab.engine.train.LayerActivations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The view model of the histogram panels: per layer, the latest activations and weights and the
 * last {@link #HISTORY} of each in a heat strip.
 */
public final class HistogramsModel {

    /** Snapshots each "over time" strip keeps. */
    public static final int HISTORY = 200;

    /** Share of each end of a squashing activation's range counted as saturated. */
    public static final double SATURATION_EDGE = 0.05;

    private final Map<String, LayerState> layers = new LinkedHashMap<>();
    private Map<String, LayerInfo> infos = Map.of();
    private int epoch = -1;
    private long iteration = -1;

    /** What is known about one layer. */
    public static final class LayerState {
        private final String nodeId;
        private final HeatStrip activationHistory = new HeatStrip(HISTORY);
        private final HeatStrip weightHistory = new HeatStrip(HISTORY);
        private LayerActivations latest;

        LayerState(String nodeId) {
            this.nodeId = nodeId;
        }

        public String nodeId() {
            return nodeId;
        }

        public LayerActivations latest() {
            return latest;
        }

        public HeatStrip activationHistory() {
            return activationHistory;
        }

        public HeatStrip weightHistory() {
            return weightHistory;
        }

        public boolean hasWeights() {
            return latest != null && latest.weights() != null;
        }
    }

    /** Names, kinds and activations of the graph's nodes, for titles and saturation hints. */
    public void setInfos(Map<String, LayerInfo> newInfos) {
        this.infos = Map.copyOf(newInfos);
    }

    public LayerInfo info(String nodeId) {
        return infos.getOrDefault(nodeId, LayerInfo.unknown(nodeId));
    }

    /**
     * Takes a snapshot: updates each layer's latest histograms and strips. Input nodes are left out
     * (their "activations" are the data).
     *
     * @return true when the set of layers changed, so the panels must be rebuilt
     */
    public boolean accept(ActivationsSnapshot snapshot) {
        List<String> ids = new ArrayList<>();
        for (LayerActivations layer : snapshot.layers()) {
            if (info(layer.nodeId()).kind() != LayerKind.INPUT) {
                ids.add(layer.nodeId());
            }
        }
        boolean changed = !ids.equals(new ArrayList<>(layers.keySet()));
        if (changed) {
            layers.keySet().retainAll(ids);
            Map<String, LayerState> ordered = new LinkedHashMap<>();
            for (String id : ids) {
                ordered.put(id, layers.containsKey(id) ? layers.get(id) : new LayerState(id));
            }
            layers.clear();
            layers.putAll(ordered);
        }
        for (LayerActivations layer : snapshot.layers()) {
            LayerState state = layers.get(layer.nodeId());
            if (state == null) {
                continue;
            }
            state.latest = layer;
            state.activationHistory.push(layer.activations());
            if (layer.weights() != null) {
                state.weightHistory.push(layer.weights());
            }
        }
        epoch = snapshot.epoch();
        iteration = snapshot.iteration();
        return changed;
    }

    public List<LayerState> layers() {
        return List.copyOf(layers.values());
    }

    public int epoch() {
        return epoch;
    }

    public long iteration() {
        return iteration;
    }

    public void clear() {
        layers.clear();
        epoch = -1;
        iteration = -1;
    }

    /** Share of the layer's latest activations in the saturated ends, or NaN if its activation does not saturate. */
    public double saturation(LayerState state) {
        double[] range = info(state.nodeId()).saturationRange();
        if (range == null || state.latest == null) {
            return Double.NaN;
        }
        return HistogramGeometry.saturation(state.latest.activations(), range[0], range[1], SATURATION_EDGE);
    }

    /** The latest histograms, one row per bin, activations then weights for each layer. */
    public CsvTable toCsv() {
        CsvTable.Builder table = CsvTable.builder("epoch", "iteration", "layer", "series", "bin", "bin_from", "bin_to",
                "count", "mean", "std", "fraction_zero");
        for (LayerState state : layers.values()) {
            LayerActivations a = state.latest;
            if (a == null) {
                continue;
            }
            rows(table, state.nodeId, "activations", a.activations(), a.mean(), a.std(), a.fractionZero());
            if (a.weights() != null) {
                rows(table, state.nodeId, "weights", a.weights(), Double.NaN, Double.NaN, Double.NaN);
            }
        }
        return table.build();
    }

    private void rows(CsvTable.Builder table, String id, String series, Histogram h, double mean, double std,
                      double zero) {
        double width = (h.max() - h.min()) / h.counts().length;
        for (int b = 0; b < h.counts().length; b++) {
            table.row(epoch, iteration, id, series, b, h.min() + b * width, h.min() + (b + 1) * width, h.counts()[b],
                    mean, std, zero);
        }
    }
}
