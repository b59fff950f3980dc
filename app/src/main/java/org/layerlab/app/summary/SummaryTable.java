package org.layerlab.app.summary;

import org.layerlab.app.views.CsvTable;
import org.layerlab.app.views.Numbers;

import java.util.List;

/**
 * The whole summary: rows in graph order and the totals. Non-trainable parameters (BatchNorm's
 * moving mean and variance) are the difference between the two totals.
 *
 * @param complete false when some layer's shape is unknown, so the totals leave it out
 */
public record SummaryTable(List<SummaryRow> rows, long totalParameters, long trainableParameters, boolean complete) {

    public SummaryTable {
        rows = List.copyOf(rows);
        if (trainableParameters < 0 || trainableParameters > totalParameters) {
            throw new IllegalArgumentException("trainable parameters must be between 0 and the total "
                    + totalParameters + ", found " + trainableParameters);
        }
    }

    public static SummaryTable empty() {
        return new SummaryTable(List.of(), 0, 0, true);
    }

    public long nonTrainableParameters() {
        return totalParameters - trainableParameters;
    }

    /** A count as the table prints it: 7850 as "7,850", "?" for an unknown layer. */
    public static String parameters(SummaryRow row) {
        return row.unknown() ? "?" : Numbers.count(row.parameters());
    }

    /** One row per layer, then the three totals, as the view shows them. */
    public CsvTable toCsv() {
        CsvTable.Builder table = CsvTable.builder("layer", "output_shape", "parameters");
        for (SummaryRow row : rows) {
            table.row(row.layer(), row.outputShape(), row.unknown() ? "" : row.parameters());
        }
        table.row("Total params", "", totalParameters);
        table.row("Trainable params", "", trainableParameters);
        table.row("Non-trainable params", "", nonTrainableParameters());
        return table.build();
    }
}
