package org.layerlab.app.boundary;

import org.layerlab.app.views.CsvTable;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.FittedCurve;

import java.util.ArrayList;
import java.util.List;

/**
 * The view model of the decision boundary: the latest probability grid (or fitted curve), the
 * training and validation points the shell gave, the class names, and the display toggles.
 */
public final class BoundaryModel {

    private DecisionSurface surface;
    private FittedCurve curve;
    private int[] surfacePixels;
    private double[][] trainXy = new double[0][];
    private int[] trainLabels = new int[0];
    private double[][] validationXy = new double[0][];
    private int[] validationLabels = new int[0];
    private List<String> classNames = List.of();
    private boolean discretize;
    private boolean showValidation;

    /**
     * The points to draw over the grid, in data coordinates.
     *
     * @param xy     one {x, y} pair per point (for 1-D regression: {x, target})
     * @param labels class per point, as many as points; null for regression
     */
    public void setPoints(double[][] xy, int[] labels, boolean validation) {
        for (int i = 0; i < xy.length; i++) {
            if (xy[i] == null || xy[i].length != 2) {
                throw new IllegalArgumentException("point " + i + " needs 2 coordinates (x, y), found "
                        + (xy[i] == null ? "none" : xy[i].length));
            }
        }
        if (labels != null && labels.length != xy.length) {
            throw new IllegalArgumentException("points need one label each: " + xy.length + " points, found "
                    + labels.length + " labels");
        }
        int[] copy = labels == null ? new int[xy.length] : labels.clone();
        for (int label : copy) {
            if (label < 0) {
                throw new IllegalArgumentException("class labels must be 0 or more, found " + label);
            }
        }
        if (validation) {
            validationXy = xy.clone();
            validationLabels = copy;
        } else {
            trainXy = xy.clone();
            trainLabels = copy;
        }
    }

    public void setClassNames(List<String> names) {
        this.classNames = List.copyOf(names);
    }

    /** The name of class {@code c}: the shell's name, or "class c". */
    public String className(int c) {
        return c < classNames.size() ? classNames.get(c) : "class " + c;
    }

    /** Number of classes to show in the legend: from the grid, the names or the labels, whichever says more. */
    public int classCount() {
        int n = Math.max(classNames.size(), surface == null ? 0 : Math.max(2, surface.classes()));
        for (int label : trainLabels) {
            n = Math.max(n, label + 1);
        }
        return Math.max(n, 2);
    }

    public void setSurface(DecisionSurface next) {
        this.surface = next;
        this.surfacePixels = null;
    }

    public void setCurve(FittedCurve next) {
        this.curve = next;
    }

    public void setDiscretize(boolean on) {
        if (on != discretize) {
            discretize = on;
            surfacePixels = null;
        }
    }

    public boolean discretize() {
        return discretize;
    }

    public void setShowValidation(boolean on) {
        this.showValidation = on;
    }

    public boolean showValidation() {
        return showValidation;
    }

    public DecisionSurface surface() {
        return surface;
    }

    public FittedCurve curve() {
        return curve;
    }

    /** True when there is a fitted curve and no grid: the view draws 1-D regression. */
    public boolean isRegression() {
        return curve != null && surface == null;
    }

    /** The grid's colours (see {@link SurfaceColors}), computed once per grid or toggle. */
    public int[] surfacePixels() {
        if (surface == null) {
            return null;
        }
        if (surfacePixels == null) {
            surfacePixels = SurfaceColors.render(surface.rows(), surface.cols(), surface.classes(),
                    surface.probabilities(), discretize);
        }
        return surfacePixels;
    }

    public double[][] trainXy() {
        return trainXy;
    }

    public int[] trainLabels() {
        return trainLabels;
    }

    public double[][] validationXy() {
        return validationXy;
    }

    public int[] validationLabels() {
        return validationLabels;
    }

    /** {xMin, xMax, yMin, yMax}: the grid's box, or the box around the curve and the points (padded 5 %). */
    public double[] bounds() {
        if (surface != null) {
            return new double[] {surface.xMin(), surface.xMax(), surface.yMin(), surface.yMax()};
        }
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double[] p : trainXy) {
            include(b, p[0], p[1]);
        }
        for (double[] p : validationXy) {
            include(b, p[0], p[1]);
        }
        if (curve != null) {
            for (int i = 0; i < curve.x().length; i++) {
                include(b, curve.x()[i], curve.y()[i]);
            }
        }
        if (b[0] > b[1]) {
            return new double[] {-1, 1, -1, 1};
        }
        double padX = Math.max(1e-9, (b[1] - b[0]) * 0.05);
        double padY = Math.max(1e-9, (b[3] - b[2]) * 0.05);
        return new double[] {b[0] - padX, b[1] + padX, b[2] - padY, b[3] + padY};
    }

    /** The grid's probabilities at a data point, or null outside the grid. */
    public double[] probabilitiesAt(double x, double y) {
        if (surface == null || x < surface.xMin() || x > surface.xMax() || y < surface.yMin() || y > surface.yMax()) {
            return null;
        }
        int col = Math.min(surface.cols() - 1, (int) ((x - surface.xMin()) / (surface.xMax() - surface.xMin())
                * surface.cols()));
        int row = Math.min(surface.rows() - 1, (int) ((surface.yMax() - y) / (surface.yMax() - surface.yMin())
                * surface.rows()));
        double[] p = new double[surface.classes()];
        for (int c = 0; c < p.length; c++) {
            p[c] = surface.probability(row, col, c);
        }
        return p;
    }

    public void clear() {
        surface = null;
        curve = null;
        surfacePixels = null;
    }

    /** The grid (x, y, one probability per class, predicted class) or the fitted curve (x, prediction). */
    public CsvTable toCsv() {
        if (surface == null && curve != null) {
            CsvTable.Builder table = CsvTable.builder("x", "predicted_y");
            for (int i = 0; i < curve.x().length; i++) {
                table.row(curve.x()[i], curve.y()[i]);
            }
            return table.build();
        }
        int classes = surface == null ? 2 : surface.classes();
        List<String> header = new ArrayList<>(List.of("x", "y"));
        for (int c = 0; c < classes; c++) {
            header.add("p_" + className(c).replaceAll("[^A-Za-z0-9_]+", "_"));
        }
        header.add("predicted_class");
        CsvTable.Builder table = CsvTable.builder(header);
        if (surface != null) {
            for (int r = 0; r < surface.rows(); r++) {
                for (int c = 0; c < surface.cols(); c++) {
                    Object[] row = new Object[classes + 3];
                    row[0] = surface.xAt(c);
                    row[1] = surface.yAt(r);
                    for (int k = 0; k < classes; k++) {
                        row[2 + k] = surface.probability(r, c, k);
                    }
                    row[classes + 2] = classes == 1 ? (surface.probability(r, c, 0) >= 0.5 ? 1 : 0)
                            : surface.predictedClass(r, c);
                    table.row(row);
                }
            }
        }
        return table.build();
    }

    private static void include(double[] b, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            b[0] = Math.min(b[0], x);
            b[1] = Math.max(b[1], x);
            b[2] = Math.min(b[2], y);
            b[3] = Math.max(b[3], y);
        }
    }
}
