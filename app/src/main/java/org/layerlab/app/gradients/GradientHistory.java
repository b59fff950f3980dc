package org.layerlab.app.gradients;

import org.layerlab.app.views.CsvTable;
import org.layerlab.engine.train.GradientsSnapshot;
import org.layerlab.engine.train.LayerGradients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The view model of the gradient view: each layer's gradient norm and update ratio over the whole
 * run in a fixed amount of memory. When the buffer fills, every other point is dropped and only
 * every second snapshot is kept from then on, so a long run still fits, evenly thinned.
 */
public final class GradientHistory {

    private final int capacity;
    private List<String> layers = List.of();
    private double[] iterations;
    private double[][] norms = new double[0][];
    private double[][] ratios = new double[0][];
    private int count;
    private int stride = 1;
    private long seen;
    private GradientsSnapshot latest;

    public GradientHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("gradient history needs room for 2 or more points, found " + capacity);
        }
        this.capacity = capacity;
        this.iterations = new double[capacity];
    }

    /** Adds a snapshot. A different set of layers (another network) starts the history over. */
    public void accept(GradientsSnapshot snapshot) {
        List<String> ids = snapshot.layers().stream().map(LayerGradients::nodeId).toList();
        if (!ids.equals(layers)) {
            layers = ids;
            norms = new double[ids.size()][capacity];
            ratios = new double[ids.size()][capacity];
            count = 0;
            stride = 1;
            seen = 0;
        }
        latest = snapshot;
        if (seen++ % stride != 0) {
            return;
        }
        if (count == capacity) {
            halve();
        }
        iterations[count] = snapshot.iteration();
        for (int l = 0; l < ids.size(); l++) {
            norms[l][count] = snapshot.layers().get(l).gradientNorm();
            ratios[l][count] = snapshot.layers().get(l).updateRatio();
        }
        count++;
    }

    private void halve() {
        int kept = 0;
        for (int i = 0; i < count; i += 2) {
            iterations[kept] = iterations[i];
            for (int l = 0; l < layers.size(); l++) {
                norms[l][kept] = norms[l][i];
                ratios[l][kept] = ratios[l][i];
            }
            kept++;
        }
        count = kept;
        stride *= 2;
    }

    public void clear() {
        layers = List.of();
        norms = new double[0][];
        ratios = new double[0][];
        count = 0;
        stride = 1;
        seen = 0;
        latest = null;
        Arrays.fill(iterations, 0);
    }

    /** Layer ids, input side first, as the engine sends them. */
    public List<String> layers() {
        return layers;
    }

    public int count() {
        return count;
    }

    public int capacity() {
        return capacity;
    }

    /** Snapshots per kept point (1 until the buffer first fills). */
    public int stride() {
        return stride;
    }

    public double[] iterations() {
        return iterations;
    }

    public double[] norms(int layer) {
        return norms[layer];
    }

    public double[] ratios(int layer) {
        return ratios[layer];
    }

    /** The latest snapshot (for the bars), or null. */
    public GradientsSnapshot latest() {
        return latest;
    }

    /**
     * The first layer's gradient norm divided by the last one's in the latest snapshot: far below 1
     * means the gradient vanishes on its way back to the input. NaN with fewer than two layers.
     */
    public double firstToLastRatio() {
        if (latest == null || latest.layers().size() < 2) {
            return Double.NaN;
        }
        double first = latest.layers().get(0).gradientNorm();
        double last = latest.layers().get(latest.layers().size() - 1).gradientNorm();
        return last > 0 ? first / last : Double.NaN;
    }

    /** One row per kept point and layer. */
    public CsvTable toCsv() {
        CsvTable.Builder table = CsvTable.builder("iteration", "layer", "gradient_norm", "update_ratio");
        for (int i = 0; i < count; i++) {
            for (int l = 0; l < layers.size(); l++) {
                table.row((long) iterations[i], layers.get(l), norms[l][i], ratios[l][i]);
            }
        }
        return table.build();
    }

    /** Latest values per layer, input side first: {gradient norms, update ratios}. */
    public double[][] latestBars() {
        List<LayerGradients> l = latest == null ? new ArrayList<>() : latest.layers();
        double[][] bars = new double[2][l.size()];
        for (int i = 0; i < l.size(); i++) {
            bars[0][i] = l.get(i).gradientNorm();
            bars[1][i] = l.get(i).updateRatio();
        }
        return bars;
    }
}
