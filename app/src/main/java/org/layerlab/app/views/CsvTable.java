package org.layerlab.app.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A view's data as a table for a CSV file: a header and rows of the same width. Numbers are
 * written with a dot and full precision; a missing value (NaN) is an empty cell.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a CSV table needs at least one column, found none");
        }
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("CSV row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells, expected " + header.size() + " (" + String.join(",", header) + ")");
            }
            copy.add(List.copyOf(rows.get(i)));
        }
        rows = List.copyOf(copy);
    }

    public static Builder builder(String... header) {
        return new Builder(List.of(header));
    }

    public static Builder builder(List<String> header) {
        return new Builder(header);
    }

    /** The whole file, RFC 4180 quoting, lines ending in '\n'. */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        appendLine(out, header);
        for (List<String> row : rows) {
            appendLine(out, row);
        }
        return out.toString();
    }

    /** A number as a cell: full precision, dot decimal, NaN as an empty cell. */
    public static String cell(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return Double.toString(value);
    }

    private static void appendLine(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append('\n');
    }

    /** Collects rows; numbers go through {@link #cell(double)}. */
    public static final class Builder {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(List<String> header) {
            this.header = List.copyOf(header);
        }

        /** Adds a row of strings and numbers (Double, Float, Integer, Long are formatted as cells). */
        public Builder row(Object... cells) {
            List<String> row = new ArrayList<>(cells.length);
            for (Object c : cells) {
                if (c instanceof Double || c instanceof Float) {
                    row.add(cell(((Number) c).doubleValue()));
                } else {
                    row.add(c == null ? "" : c.toString());
                }
            }
            rows.add(row);
            return this;
        }

        public CsvTable build() {
            return new CsvTable(header, rows);
        }
    }
}
