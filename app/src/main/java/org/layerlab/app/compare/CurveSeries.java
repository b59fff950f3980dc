package org.layerlab.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.scene.paint.Color;
import org.layerlab.app.views.Palette;
import org.layerlab.app.views.PlotSeries;
import org.layerlab.engine.train.EpochMetrics;

/**
 * Turns runs' epoch series into overlaid plot lines: one colour per run, validation solid and
 * training dashed, so a class reads "colour = variant, dashes = training".
 */
public final class CurveSeries {

    private CurveSeries() {
    }

    /** The colour of run {@code index} (Okabe-Ito, the same in every chart and legend). */
    public static Color colour(int index) {
        return Palette.classColor(index);
    }

    /** Validation then training loss lines for every run. */
    public static List<PlotSeries> loss(List<RunFeed.RunProgress> runs) {
        return lines(runs, EpochMetrics::validationLoss, EpochMetrics::trainLoss);
    }

    /** Validation then training accuracy lines for every run. */
    public static List<PlotSeries> accuracy(List<RunFeed.RunProgress> runs) {
        return lines(runs, EpochMetrics::validationAccuracy, EpochMetrics::trainAccuracy);
    }

    private static List<PlotSeries> lines(List<RunFeed.RunProgress> runs, ToDoubleFunction<EpochMetrics> validation,
                                          ToDoubleFunction<EpochMetrics> train) {
        List<PlotSeries> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunFeed.RunProgress r = runs.get(i);
            out.add(line(r.name() + " · validation", colour(i), false, r.series(), validation));
        }
        for (int i = 0; i < runs.size(); i++) {
            RunFeed.RunProgress r = runs.get(i);
            out.add(line(r.name() + " · training", colour(i), true, r.series(), train));
        }
        return out;
    }

    private static PlotSeries line(String name, Color colour, boolean dashed, List<EpochMetrics> series,
                                   ToDoubleFunction<EpochMetrics> figure) {
        double[] x = new double[series.size()];
        double[] y = new double[series.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = series.get(i).epoch();
            y[i] = figure.applyAsDouble(series.get(i));
        }
        return new PlotSeries(name, colour, dashed, x, y, x.length);
    }
}
