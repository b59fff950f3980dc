package org.layerlab.app.layereffect;

/**
 * Where the matrices go: side by side when the width allows readable cells, stacked otherwise,
 * with cell size and font chosen to fit the area. Pure arithmetic, so it is tested without a screen.
 */
public final class EffectLayout {

    static final double MARGIN = 10;
    static final double HEADER = 30;
    static final double OPERATOR = 40;
    static final double ROW_STATS = 128;
    static final double COLUMN_STATS = 40;
    static final double MAX_CELL_W = 74;
    static final double MAX_CELL_H = 40;

    private final boolean horizontal;
    private final double cellW;
    private final double cellH;
    private final double[] x;
    private final double[] y;
    private final double fontSize;

    private EffectLayout(boolean horizontal, double cellW, double cellH, double[] x, double[] y, double fontSize) {
        this.horizontal = horizontal;
        this.cellW = cellW;
        this.cellH = cellH;
        this.x = x;
        this.y = y;
        this.fontSize = fontSize;
    }

    /**
     * Lays out {@code panels} matrices of {@code rows x cols} cells in a {@code width x height} area.
     *
     * @param rowStats    room for a mean/std note right of each row
     * @param columnStats room for mean/std lines under each column
     */
    public static EffectLayout compute(int rows, int cols, int panels, double width, double height, boolean rowStats,
                                       boolean columnStats) {
        if (rows < 1 || cols < 1 || panels < 1) {
            throw new IllegalArgumentException("a layout needs at least 1 row, column and panel, found " + rows + "x"
                    + cols + " in " + panels);
        }
        double extraW = rowStats ? ROW_STATS : 0;
        double extraH = columnStats ? COLUMN_STATS : 0;
        double[] across = cell((width - 2 * MARGIN - (panels - 1) * OPERATOR - panels * extraW) / (panels * cols),
                (height - 2 * MARGIN - HEADER - extraH) / rows);
        double[] down = cell((width - 2 * MARGIN - extraW) / cols,
                (height - 2 * MARGIN - panels * (HEADER + extraH) - (panels - 1) * OPERATOR) / (panels * rows));
        boolean horizontal = across[0] >= down[0];
        double[] size = horizontal ? across : down;
        double[] x = new double[panels];
        double[] y = new double[panels];
        double matrixW = cols * size[0];
        double matrixH = rows * size[1];
        for (int p = 0; p < panels; p++) {
            x[p] = MARGIN + (horizontal ? p * (matrixW + extraW + OPERATOR) : 0);
            y[p] = MARGIN + HEADER + (horizontal ? 0 : p * (matrixH + HEADER + extraH + OPERATOR));
        }
        double font = Math.max(9, Math.min(16, Math.min(size[1] * 0.48, size[0] * 0.27)));
        return new EffectLayout(horizontal, size[0], size[1], x, y, font);
    }

    /** Cell width and height: at most the maximum, at most what fits, about twice as wide as tall. */
    private static double[] cell(double maxW, double maxH) {
        double h = Math.max(4, Math.min(MAX_CELL_H, maxH));
        double w = Math.max(4, Math.min(Math.min(MAX_CELL_W, maxW), h * 2.1));
        return new double[] {w, Math.min(h, Math.max(4, w * 0.75))};
    }

    public boolean horizontal() {
        return horizontal;
    }

    public double cellWidth() {
        return cellW;
    }

    public double cellHeight() {
        return cellH;
    }

    /** Left edge of matrix {@code p}'s cells. */
    public double x(int p) {
        return x[p];
    }

    /** Top edge of matrix {@code p}'s cells (its header sits above). */
    public double y(int p) {
        return y[p];
    }

    public double fontSize() {
        return fontSize;
    }

    /** Numbers are printed only when "-0.00" fits in a cell; smaller cells show colour alone. */
    public boolean printsNumbers() {
        return cellW >= 34 && cellH >= 14;
    }
}
