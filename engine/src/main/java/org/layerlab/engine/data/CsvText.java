package org.layerlab.engine.data;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text layer of the CSV loader: decoding, lines with their numbers, the delimiter, quoted fields and
 * numbers. Spreadsheets in Portuguese and Spanish save with ';' and a decimal comma in Windows-1252,
 * so those are understood too.
 */
final class CsvText {

    /** A non-blank line and its 1-based number in the file. */
    record Line(int number, String text) {
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvText() {
    }

    /** UTF-8 (a byte-order mark is dropped); bytes that are not UTF-8 are read as Windows-1252. */
    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The lines that hold something, numbered as an editor numbers them. */
    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(new Line(i + 1, raw[i]));
            }
        }
        return lines;
    }

    /** The most frequent of ',', ';' and tab outside quotes in the header; ',' when none appears. */
    static char delimiter(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /**
     * The fields of one line, trimmed; a field in double quotes may hold the delimiter, and {@code ""} inside
     * it is one quote.
     *
     * @throws IllegalArgumentException when a quote is not closed (the message says so)
     */
    static List<String> fields(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted value is not closed");
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** True for a plain decimal number such as {@code -1}, {@code 2.5}, {@code .5} or {@code 1e-3}. */
    static boolean isNumber(String text, char delimiter) {
        return NUMBER.matcher(normalise(text, delimiter)).matches();
    }

    /**
     * The value of a plain decimal number, or NaN when the text is not one (hex, "NaN", "1f" and the like
     * are refused, unlike {@link Double#parseDouble}).
     */
    static double parse(String text, char delimiter) {
        String s = normalise(text, delimiter);
        return NUMBER.matcher(s).matches() ? Double.parseDouble(s) : Double.NaN;
    }

    /** A decimal comma is only possible when the comma is not the delimiter. */
    private static String normalise(String text, char delimiter) {
        return delimiter != ',' && text.indexOf(',') >= 0 && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
    }

    /**
     * Orders labels naturally: numbers by value when every label is a number, otherwise text with its digit
     * runs compared by value ("class 2" before "class 10").
     */
    static int compareLabels(String a, String b, boolean numeric, char delimiter) {
        if (numeric) {
            int byValue = Double.compare(parse(a, delimiter), parse(b, delimiter));
            return byValue != 0 ? byValue : a.compareTo(b);
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                String da = stripZeros(a.substring(i, ei));
                String db = stripZeros(b.substring(j, ej));
                int byValue = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (byValue != 0) {
                    return byValue;
                }
                i = ei;
                j = ej;
            } else {
                int byChar = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
