package org.layerlab.app.views;

/**
 * Reduces a long series to at most four points per pixel column (the column's first, lowest,
 * highest and last value, in their original order), so a line over thousands of epochs draws in
 * time proportional to the width and still shows every spike. Buffers are reused between calls.
 */
public final class Decimator {

    private double[] outX = new double[256];
    private double[] outY = new double[256];
    private int size;

    /**
     * Decimates the first {@code count} points; {@code x} must be ascending. NaN values are left
     * out. Series of at most two points per column are kept whole.
     *
     * @return the number of points kept, readable through {@link #x(int)} and {@link #y(int)}
     */
    public int decimate(double[] x, double[] y, int count, double xMin, double xMax, int columns) {
        if (x.length < count || y.length < count) {
            throw new IllegalArgumentException("decimating " + count + " points needs at least " + count
                    + " x and y values, found " + x.length + " x and " + y.length + " y");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be 1 or more, found " + columns);
        }
        size = 0;
        if (count <= 2 * columns) {
            for (int i = 0; i < count; i++) {
                if (!Double.isNaN(y[i])) {
                    add(x[i], y[i]);
                }
            }
            return size;
        }
        double span = xMax > xMin ? xMax - xMin : 1;
        int i = 0;
        while (i < count) {
            int column = column(x[i], xMin, span, columns);
            int first = -1;
            int last = -1;
            int min = -1;
            int max = -1;
            int j = i;
            for (; j < count && column(x[j], xMin, span, columns) == column; j++) {
                if (Double.isNaN(y[j])) {
                    continue;
                }
                if (first < 0) {
                    first = j;
                }
                last = j;
                if (min < 0 || y[j] < y[min]) {
                    min = j;
                }
                if (max < 0 || y[j] > y[max]) {
                    max = j;
                }
            }
            if (first >= 0) {
                addInOrder(x, y, first, Math.min(min, max), Math.max(min, max), last);
            }
            i = j;
        }
        return size;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return outX[i];
    }

    public double y(int i) {
        return outY[i];
    }

    private static int column(double x, double xMin, double span, int columns) {
        int c = (int) Math.floor((x - xMin) / span * columns);
        return Math.max(0, Math.min(columns - 1, c));
    }

    private void addInOrder(double[] x, double[] y, int... indices) {
        int previous = -1;
        for (int index : indices) {
            if (index != previous) {
                add(x[index], y[index]);
                previous = index;
            }
        }
    }

    private void add(double x, double y) {
        if (size == outX.length) {
            outX = java.util.Arrays.copyOf(outX, size * 2);
            outY = java.util.Arrays.copyOf(outY, size * 2);
        }
        outX[size] = x;
        outY[size] = y;
        size++;
    }
}
