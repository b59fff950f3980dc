package org.layerlab.app.summary;

/**
 * One line of the summary table.
 *
 * @param layer       id and kind as Keras prints them: "dense_1 (Dense)"
 * @param outputShape batch dimension first, "(None, 16)"; "?" when unknown
 * @param parameters  all parameters of the layer, 0 or more
 */
public record SummaryRow(String layer, String outputShape, long parameters) {

    public SummaryRow {
        if (parameters < 0) {
            throw new IllegalArgumentException("layer '" + layer + "' needs a parameter count of 0 or more, found "
                    + parameters);
        }
    }

    /** True when the shape could not be inferred (a node not connected): the count is shown as "?". */
    public boolean unknown() {
        return "?".equals(outputShape);
    }
}
