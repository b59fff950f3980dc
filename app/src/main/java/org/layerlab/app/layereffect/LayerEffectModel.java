package org.layerlab.app.layereffect;

import org.layerlab.app.views.CsvTable;
import org.layerlab.app.views.Numbers;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.train.LayerEffect;

/**
 * The view model of the before/after matrices: checks the shapes of a {@link LayerEffect}, says
 * how to read the mask (multiplied, added, or none), which cells were dropped, and the per-row or
 * per-column statistics of normalization layers.
 */
public final class LayerEffectModel {

    /** How the middle matrix combines with the input. */
    public enum Operation {
        /** after = before × mask (Dropout, GaussianDropout, AlphaDropout). */
        MULTIPLY,
        /** after = before + noise (GaussianNoise). */
        ADD,
        /**
         * The mask only chooses kept (1) and dropped (0) values; the layer then applies its own affine
         * transform (AlphaDropout sets dropped values to SELU's saturation value and rescales all).
         */
        SELECT,
        /** No middle matrix: after = normalized before (BatchNormalization, LayerNormalization). */
        NORMALIZE
    }

    private LayerEffect effect;

    /** Shows an effect after checking that before, mask and after have the same rows x columns. */
    public void show(LayerEffect next) {
        int[] shape = shape("before", next.before());
        check("after", next.after(), shape);
        if (next.mask() != null) {
            check("mask", next.mask(), shape);
        }
        if (operationOf(next.kind()) != Operation.NORMALIZE && next.mask() == null && next.training()) {
            throw new IllegalArgumentException(next.kind().displayName() + " in training mode needs a mask, found none");
        }
        this.effect = next;
    }

    public void clear() {
        effect = null;
    }

    public LayerEffect effect() {
        return effect;
    }

    public boolean hasEffect() {
        return effect != null;
    }

    public int rows() {
        return effect.before().length;
    }

    public int cols() {
        return effect.before()[0].length;
    }

    public Operation operation() {
        return operationOf(effect.kind());
    }

    /** True when a mask is drawn between before and after (training mode, dropout or noise). */
    public boolean showsMask() {
        return effect.mask() != null && operation() != Operation.NORMALIZE;
    }

    public static Operation operationOf(LayerKind kind) {
        return switch (kind) {
            case GAUSSIAN_NOISE -> Operation.ADD;
            case ALPHA_DROPOUT -> Operation.SELECT;
            case BATCH_NORM, LAYER_NORM -> Operation.NORMALIZE;
            default -> Operation.MULTIPLY;
        };
    }

    /** True where a Dropout-like mask dropped the value. */
    public boolean dropped(int r, int c) {
        return showsMask() && (operation() == Operation.MULTIPLY || operation() == Operation.SELECT)
                && effect.mask()[r][c] == 0;
    }

    /** The mask cell as printed: "0" for a drop, "×2.00" for a kept, rescaled value, "+0.12" for added noise. */
    public String maskText(int r, int c) {
        double m = effect.mask()[r][c];
        if (operation() == Operation.ADD) {
            String size = Numbers.fixed(Math.abs(m), 2);
            // The sign of the printed value: -0.004 shows as +0.00, not as a negative zero.
            return (m < 0 && !size.equals(Numbers.fixed(0, 2)) ? "−" : "+") + size;
        }
        if (operation() == Operation.SELECT) {
            return m == 0 ? "0" : "1";
        }
        return m == 0 && effect.kind() == LayerKind.DROPOUT ? "0" : "×" + Numbers.fixed(m, 2);
    }

    /** The Dropout rate implied by the mask's scale 1/(1 - rate), or NaN when nothing was kept or it is not Dropout. */
    public double impliedRate() {
        if (effect == null || effect.kind() != LayerKind.DROPOUT || effect.mask() == null) {
            return Double.NaN;
        }
        for (double[] row : effect.mask()) {
            for (double m : row) {
                if (m > 0) {
                    return 1 - 1 / m;
                }
            }
        }
        return Double.NaN;
    }

    /** Share of cells the mask dropped (0 when there is no drop mask). */
    public double droppedShare() {
        int dropped = 0;
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                dropped += dropped(r, c) ? 1 : 0;
            }
        }
        return (double) dropped / (rows() * cols());
    }

    /**
     * before ⊗ mask cell by cell (× or + as the layer does), to compare with {@code after}. A
     * keep/drop mask (AlphaDropout) has no such formula: its {@code after} is returned as it is.
     */
    public double[][] combined() {
        if (operation() == Operation.SELECT) {
            return effect.after().clone();
        }
        double[][] out = new double[rows()][cols()];
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                double b = effect.before()[r][c];
                double m = showsMask() ? effect.mask()[r][c] : (operation() == Operation.ADD ? 0 : 1);
                out[r][c] = operation() == Operation.ADD ? b + m : operation() == Operation.MULTIPLY ? b * m : b;
            }
        }
        return out;
    }

    /**
     * Per-row (LayerNormalization: each sample) or per-column (BatchNormalization: each unit over
     * the batch) mean and standard deviation of a matrix, as {mean[], std[]}.
     */
    public static double[][] stats(double[][] m, boolean perRow) {
        int n = perRow ? m.length : m[0].length;
        int k = perRow ? m[0].length : m.length;
        double[] mean = new double[n];
        double[] std = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += perRow ? m[i][j] : m[j][i];
            }
            mean[i] = sum / k;
            double sq = 0;
            for (int j = 0; j < k; j++) {
                double d = (perRow ? m[i][j] : m[j][i]) - mean[i];
                sq += d * d;
            }
            std[i] = Math.sqrt(sq / k);
        }
        return new double[][] {mean, std};
    }

    /** LayerNormalization normalizes each sample (row); BatchNormalization each unit (column). */
    public boolean statsPerRow() {
        return effect.kind() == LayerKind.LAYER_NORM;
    }

    /** One row per cell: where it is and its before, mask and after values. */
    public CsvTable toCsv() {
        CsvTable.Builder table = CsvTable.builder("node", "kind", "training", "row", "col", "before", "mask", "after");
        if (effect == null) {
            return table.build();
        }
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                table.row(effect.nodeId(), effect.kind().key(), effect.training(), r, c, effect.before()[r][c],
                        effect.mask() == null ? Double.NaN : effect.mask()[r][c], effect.after()[r][c]);
            }
        }
        return table.build();
    }

    private static int[] shape(String name, double[][] m) {
        if (m == null || m.length == 0 || m[0] == null || m[0].length == 0) {
            throw new IllegalArgumentException(name + " needs at least 1x1 values, found none");
        }
        int[] shape = {m.length, m[0].length};
        check(name, m, shape);
        return shape;
    }

    private static void check(String name, double[][] m, int[] shape) {
        if (m == null || m.length != shape[0]) {
            throw new IllegalArgumentException(name + " needs " + shape[0] + "x" + shape[1] + " values, found "
                    + (m == null ? "none" : m.length + " rows"));
        }
        for (int r = 0; r < m.length; r++) {
            if (m[r] == null || m[r].length != shape[1]) {
                throw new IllegalArgumentException(name + " needs " + shape[0] + "x" + shape[1] + " values, found "
                        + (m[r] == null ? 0 : m[r].length) + " columns in row " + r);
            }
        }
    }
}
