package org.layerlab.engine.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a CSV file: a header row of column names, numeric feature columns, and one label column (by default
 * the last) holding class labels (text or integers) or, for regression, a numeric target. A file is either
 * loaded whole or refused: every bad line is looked at, and the first {@value #MAX_REPORTED} are reported
 * with the file, line number, column and value ("iris.csv line 7: column 'petal_width' is not a number:
 * 'abc'"). Commas, semicolons or tabs separate the values (the header decides); with semicolons or tabs a
 * decimal comma is accepted.
 */
public final class CsvLoader {

    /** Bad lines quoted in one error message. */
    public static final int MAX_REPORTED = 5;
    /** Most distinct labels in a classification column; more usually means a numeric target. */
    public static final int MAX_CLASSES = 100;

    private CsvLoader() {
    }

    /** The column names in the header, in file order (for a label-column chooser). */
    public static List<String> columns(Path file) throws DataException {
        String name = file.getFileName().toString();
        List<CsvText.Line> lines = CsvText.lines(CsvText.decode(read(file)));
        return header(name, lines, CsvText.delimiter(firstLine(name, lines).text()));
    }

    /**
     * Loads the file.
     *
     * @param file        the CSV file
     * @param labelColumn the column with the labels or targets, matched exactly or else ignoring case;
     *                    null or blank for the last column
     * @param regression  true when the label column is a numeric target, false for class labels
     */
    public static Dataset load(Path file, String labelColumn, boolean regression) throws DataException {
        String name = file.getFileName().toString();
        List<CsvText.Line> lines = CsvText.lines(CsvText.decode(read(file)));
        char delimiter = CsvText.delimiter(firstLine(name, lines).text());
        List<String> columns = header(name, lines, delimiter);
        int label = labelIndex(name, columns, labelColumn);
        List<String> featureNames = new ArrayList<>(columns);
        featureNames.remove(label);
        if (lines.size() < 2) {
            throw new DataException(name + " has a header but no data rows");
        }

        int rows = lines.size() - 1;
        float[][] features = new float[rows][];
        String[] labelTexts = new String[rows];
        float[] targets = new float[rows];
        Problems problems = new Problems(name);
        for (int r = 0; r < rows; r++) {
            CsvText.Line line = lines.get(r + 1);
            String problem = parseRow(line, delimiter, columns, label, regression, r, features, labelTexts, targets);
            if (problem != null) {
                problems.add(line.number(), problem);
            }
        }
        problems.throwIfAny();
        if (regression) {
            return Dataset.regression(name, features, targets, featureNames);
        }
        return classify(name, columns.get(label), features, labelTexts, featureNames, delimiter);
    }

    /** Parses one data line into row {@code r}; returns what is wrong with it, or null. */
    private static String parseRow(CsvText.Line line, char delimiter, List<String> columns, int label,
                                   boolean regression, int r, float[][] features, String[] labelTexts,
                                   float[] targets) {
        List<String> values;
        try {
            values = CsvText.fields(line.text(), delimiter);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (values.size() != columns.size()) {
            return "expected " + columns.size() + " values like the header, found " + values.size();
        }
        float[] row = new float[columns.size() - 1];
        int f = 0;
        for (int c = 0; c < columns.size(); c++) {
            String value = values.get(c);
            if (c == label && !regression) {
                if (value.isEmpty()) {
                    return "column '" + columns.get(c) + "' has no label";
                }
                labelTexts[r] = value;
                continue;
            }
            String problem = numberProblem(columns.get(c), value, delimiter);
            if (problem != null) {
                return problem;
            }
            float v = (float) CsvText.parse(value, delimiter);
            if (c == label) {
                targets[r] = v;
            } else {
                row[f++] = v;
            }
        }
        features[r] = row;
        return null;
    }

    private static String numberProblem(String column, String value, char delimiter) {
        if (value.isEmpty()) {
            return "column '" + column + "' is empty";
        }
        double v = CsvText.parse(value, delimiter);
        if (Double.isNaN(v)) {
            return "column '" + column + "' is not a number: '" + value + "'";
        }
        if (Float.isInfinite((float) v)) {
            return "column '" + column + "' is too large for a float: '" + value + "'";
        }
        return null;
    }

    /** Numbers the class labels in natural order. */
    private static Dataset classify(String name, String column, float[][] features, String[] labelTexts,
                                    List<String> featureNames, char delimiter) throws DataException {
        Set<String> distinct = new LinkedHashSet<>(List.of(labelTexts));
        if (distinct.size() < 2) {
            throw new DataException(name + ": column '" + column + "' has only one class ('"
                    + distinct.iterator().next() + "'); a classifier needs at least 2");
        }
        if (distinct.size() > MAX_CLASSES) {
            throw new DataException(name + ": column '" + column + "' has " + distinct.size()
                    + " different values, more than " + MAX_CLASSES + " classes; if it is a numeric target,"
                    + " load it for regression");
        }
        boolean numeric = distinct.stream().allMatch(s -> CsvText.isNumber(s, delimiter));
        List<String> classNames = new ArrayList<>(distinct);
        classNames.sort((a, b) -> CsvText.compareLabels(a, b, numeric, delimiter));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classNames.size(); i++) {
            index.put(classNames.get(i), i);
        }
        int[] labels = new int[labelTexts.length];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = index.get(labelTexts[r]);
        }
        return Dataset.classification(name, features, labels, classNames, featureNames);
    }

    private static byte[] read(Path file) throws DataException {
        if (!Files.exists(file)) {
            throw new DataException("CSV file not found: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new DataException("CSV path is not a file: " + file);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static CsvText.Line firstLine(String name, List<CsvText.Line> lines) throws DataException {
        if (lines.isEmpty()) {
            throw new DataException(name + " is empty: expected a header row of column names");
        }
        return lines.get(0);
    }

    private static List<String> header(String name, List<CsvText.Line> lines, char delimiter) throws DataException {
        CsvText.Line first = firstLine(name, lines);
        String where = name + " line " + first.number();
        List<String> columns;
        try {
            columns = CsvText.fields(first.text(), delimiter);
        } catch (IllegalArgumentException e) {
            throw new DataException(where + ": " + e.getMessage());
        }
        if (columns.size() < 2) {
            throw new DataException(where + ": the header has one column ('" + columns.get(0)
                    + "'); expected feature columns and a label column separated by commas");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            if (column.isEmpty()) {
                throw new DataException(where + ": column " + (c + 1) + " of the header has no name");
            }
            if (!seen.add(column)) {
                throw new DataException(where + ": column '" + column + "' appears twice in the header");
            }
        }
        if (columns.subList(0, columns.size() - 1).stream().allMatch(c -> CsvText.isNumber(c, delimiter))) {
            throw new DataException(where + ": the first row must name the columns, found numbers: "
                    + String.join(", ", columns));
        }
        return columns;
    }

    private static int labelIndex(String name, List<String> columns, String labelColumn) throws DataException {
        if (labelColumn == null || labelColumn.isBlank()) {
            return columns.size() - 1;
        }
        int exact = columns.indexOf(labelColumn.strip());
        if (exact >= 0) {
            return exact;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).equalsIgnoreCase(labelColumn.strip())) {
                return c;
            }
        }
        throw new DataException(name + " has no column '" + labelColumn + "'; columns: " + String.join(", ", columns));
    }

    /** Bad lines: counts them all, quotes the first few. */
    private static final class Problems {
        private final String file;
        private final List<String> quoted = new ArrayList<>();
        private int count;

        Problems(String file) {
            this.file = file;
        }

        void add(int line, String problem) {
            count++;
            if (quoted.size() < MAX_REPORTED) {
                quoted.add(file + " line " + line + ": " + problem);
            }
        }

        void throwIfAny() throws DataException {
            if (count == 0) {
                return;
            }
            String message = String.join("\n", quoted);
            if (count > quoted.size()) {
                message += "\n... and " + (count - quoted.size()) + " more bad lines (" + count + " in all)";
            }
            throw new DataException(message);
        }
    }
}
