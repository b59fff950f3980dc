package org.layerlab.app.summary;

import org.layerlab.app.views.CsvTable;
import org.layerlab.app.views.Numbers;
import org.layerlab.engine.graph.ModelSummary;

/** How the summary table prints counts and exports its rows. */
public final class SummaryFormat {

    private SummaryFormat() {
    }

    /** True when the row's shape could not be inferred (a node not connected): its count is shown as "?". */
    public static boolean unknown(ModelSummary.Row row) {
        return "?".equals(row.outputShape());
    }

    /** A count as the table prints it: 7850 as "7,850", "?" for an unknown layer. */
    public static String parameters(ModelSummary.Row row) {
        return unknown(row) ? "?" : Numbers.count(row.parameters());
    }

    /** One row per layer, then the three totals, as the view shows them. */
    public static CsvTable toCsv(ModelSummary summary) {
        CsvTable.Builder table = CsvTable.builder("layer", "output_shape", "parameters");
        for (ModelSummary.Row row : summary.rows()) {
            table.row(row.layer(), row.outputShape(), unknown(row) ? "" : row.parameters());
        }
        table.row("Total params", "", summary.totalParameters());
        table.row("Trainable params", "", summary.trainableParameters());
        table.row("Non-trainable params", "", summary.nonTrainableParameters());
        return table.build();
    }
}
