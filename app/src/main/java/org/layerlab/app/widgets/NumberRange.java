package org.layerlab.app.widgets;

import java.util.Optional;
import org.layerlab.engine.graph.Format;

/**
 * The allowed values of a numeric setting, and the messages that refuse the others, naming the
 * setting, the range and the value: "units must be 1..4096, found 0".
 *
 * @param name  what the setting is called in messages ("units", "dropout rate")
 * @param min   smallest allowed value
 * @param max   largest allowed value
 * @param whole true when only whole numbers are allowed
 */
public record NumberRange(String name, double min, double max, boolean whole) {

    public NumberRange {
        if (!(min <= max)) {
            throw new IllegalArgumentException(name + ": min " + min + " is above max " + max);
        }
    }

    public static NumberRange whole(String name, long min, long max) {
        return new NumberRange(name, min, max, true);
    }

    public static NumberRange decimal(String name, double min, double max) {
        return new NumberRange(name, min, max, false);
    }

    /** The range as shown beside the field: "1..4096", "0..0.95". */
    public String hint() {
        return Format.decimal(min) + ".." + Format.decimal(max);
    }

    public boolean contains(double value) {
        return value >= min && value <= max && (!whole || value == Math.rint(value));
    }

    /** Why {@code value} is refused, or empty when it is allowed. */
    public Optional<String> refusal(double value) {
        if (whole && value != Math.rint(value)) {
            return Optional.of(name + " must be a whole number " + hint() + ", found " + Format.decimal(value));
        }
        if (Double.isNaN(value) || value < min || value > max) {
            return Optional.of(name + " must be " + hint() + ", found " + Format.decimal(value));
        }
        return Optional.empty();
    }

    /** Why the typed {@code text} is refused (not a number, or out of range), or empty when it is allowed. */
    public Optional<String> refusal(String text) {
        Optional<Double> value = parse(text);
        if (value.isEmpty()) {
            String shown = text == null ? "" : text.trim();
            return Optional.of(name + " must be " + (whole ? "a whole number " : "a number ") + hint()
                    + (shown.isEmpty() ? ", found nothing" : ", found '" + shown + "'"));
        }
        return refusal(value.get());
    }

    /**
     * The number in {@code text}, or empty. A comma is read as the decimal separator too, since the
     * lecture notes' readers often type "0,5".
     */
    public static Optional<Double> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(text.trim().replace(',', '.'));
            return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The value as the field shows it: whole numbers without decimals, others without trailing zeros. */
    public String format(double value) {
        return whole ? Long.toString(Math.round(value)) : Format.decimal(value);
    }
}
