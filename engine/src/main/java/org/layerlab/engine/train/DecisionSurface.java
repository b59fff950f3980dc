package org.layerlab.engine.train;

/**
 * Class probabilities over a grid covering the 2-D data, in the data's own coordinates (before
 * normalisation). Row 0 is the top ({@code yMax}), column 0 the left ({@code xMin}).
 *
 * @param probabilities {@code rows * cols * classes} values, index {@code ((row * cols) + col) * classes + c}
 */
public record DecisionSurface(int epoch, int rows, int cols, int classes, double xMin, double xMax, double yMin,
                              double yMax, double[] probabilities) {

    public DecisionSurface {
        if (probabilities.length != rows * cols * classes) {
            throw new IllegalArgumentException("surface of " + rows + "x" + cols + "x" + classes + " needs "
                    + rows * cols * classes + " probabilities, found " + probabilities.length);
        }
    }

    public double probability(int row, int col, int cls) {
        return probabilities[(row * cols + col) * classes + cls];
    }

    /** The most probable class at this cell. */
    public int predictedClass(int row, int col) {
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (probability(row, col, c) > probability(row, col, best)) {
                best = c;
            }
        }
        return best;
    }

    /** The data x coordinate at the centre of a column. */
    public double xAt(int col) {
        return xMin + (col + 0.5) * (xMax - xMin) / cols;
    }

    /** The data y coordinate at the centre of a row. */
    public double yAt(int row) {
        return yMax - (row + 0.5) * (yMax - yMin) / rows;
    }
}
