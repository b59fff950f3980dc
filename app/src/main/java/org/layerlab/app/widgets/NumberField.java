package org.layerlab.app.widgets;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A number editor that refuses out-of-range values in place: the field turns red and the message
 * ("units must be 1..4096, found 0") appears under it, while the model keeps its last good value.
 * The allowed range is always shown beside the field. Comes as a spinner (arrows, Up/Down keys), a
 * slider with a field, or a plain field. Commits on Enter, on leaving the field, on an arrow click
 * and when a slider drag ends, never on every keystroke.
 */
public final class NumberField extends VBox {

    private final NumberRange range;
    private final TextField text = new TextField();
    private final Label hint = new Label();
    private final Label message = new Label();
    private final Slider slider;
    private final double step;
    private Function<Double, Optional<String>> onCommit = v -> Optional.empty();
    private double value;
    private boolean updating;

    private NumberField(NumberRange range, double step, Slider slider) {
        this.range = range;
        this.step = step;
        this.slider = slider;
        getStyleClass().add("number-field");
        text.setPrefColumnCount(slider != null ? 4 : range.whole() ? 5 : 6);
        text.getStyleClass().add("number-text");
        hint.setText(range.hint());
        hint.getStyleClass().add("range-hint");
        hint.setMinWidth(USE_PREF_SIZE);
        text.setMinWidth(56);
        message.getStyleClass().add("refusal");
        message.setWrapText(true);
        showMessage(null);

        HBox row = new HBox(6);
        row.setAlignment(Pos.CENTER_LEFT);
        if (slider != null) {
            HBox.setHgrow(slider, Priority.ALWAYS);
            slider.setMinWidth(60);
            row.getChildren().add(slider);
            slider.valueProperty().addListener((o, a, b) -> {
                if (!updating) {
                    text.setText(range.format(roundToStep(b.doubleValue())));
                    if (!slider.isValueChanging()) {
                        commitText();
                    }
                }
            });
            slider.valueChangingProperty().addListener((o, was, now) -> {
                if (!now && !updating) {
                    commitText();
                }
            });
        }
        row.getChildren().add(text);
        if (step > 0) {
            row.getChildren().add(stepButtons());
            text.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.UP) {
                    stepBy(+1);
                    e.consume();
                } else if (e.getCode() == KeyCode.DOWN) {
                    stepBy(-1);
                    e.consume();
                }
            });
        }
        row.getChildren().add(hint);
        getChildren().addAll(row, message);

        text.setOnAction(e -> commitText());
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitText();
            }
        });
    }

    /** Whole or decimal numbers with arrow buttons and Up/Down keys moving by {@code step}. */
    public static NumberField spinner(NumberRange range, double step) {
        return new NumberField(range, step, null);
    }

    /** A slider over {@code sliderMin..sliderMax} (inside the range) with a field for exact values. */
    public static NumberField slider(NumberRange range, double sliderMin, double sliderMax, double step) {
        Slider s = new Slider(sliderMin, sliderMax, sliderMin);
        s.setBlockIncrement(step);
        return new NumberField(range, 0, s);
    }

    /** A plain field, for values that span orders of magnitude (penalties, learning rates). */
    public static NumberField plain(NumberRange range) {
        return new NumberField(range, 0, null);
    }

    /** Hides the range beside the field, for settings whose range says nothing (seeds). */
    public NumberField withoutHint() {
        hint.setVisible(false);
        hint.setManaged(false);
        return this;
    }

    /**
     * What to do with an accepted value: apply it, or return why the model refuses it (shown like a
     * range refusal).
     */
    public void setOnCommit(Function<Double, Optional<String>> onCommit) {
        this.onCommit = onCommit;
    }

    /** Shows the model's value and clears any refusal; does not commit. */
    public void setValue(double v) {
        value = v;
        updating = true;
        try {
            text.setText(range.format(v));
            if (slider != null) {
                slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), v)));
            }
        } finally {
            updating = false;
        }
        showMessage(null);
    }

    public double getValue() {
        return value;
    }

    /** The editable text field, e.g. to give it an id for tests. */
    public TextField textField() {
        return text;
    }

    /** The refusal shown under the field, or "" when the value is accepted. */
    public String refusal() {
        return message.isVisible() ? message.getText() : "";
    }

    public NumberRange range() {
        return range;
    }

    private void commitText() {
        if (updating) {
            return;
        }
        String typed = text.getText();
        Optional<String> refused = range.refusal(typed);
        if (refused.isEmpty()) {
            double v = NumberRange.parse(typed).orElseThrow();
            if (v == value && message.isVisible()) {
                showMessage(null);
                return;
            }
            if (v == value) {
                return;
            }
            refused = onCommit.apply(v);
            if (refused.isEmpty()) {
                setValue(v);
                return;
            }
        }
        showMessage(refused.get());
    }

    private void stepBy(int direction) {
        double base = NumberRange.parse(text.getText()).filter(range::contains).orElse(value);
        double next = Math.max(range.min(), Math.min(range.max(), base + direction * step));
        text.setText(range.format(next));
        commitText();
    }

    private double roundToStep(double v) {
        double s = slider.getBlockIncrement();
        return s > 0 ? Math.round(v / s) * s : v;
    }

    private VBox stepButtons() {
        Button up = new Button("▴");
        Button down = new Button("▾");
        for (Button b : new Button[] {up, down}) {
            b.getStyleClass().addAll("step-button", Styles.FLAT);
            b.setFocusTraversable(false);
        }
        up.setOnAction(e -> stepBy(+1));
        down.setOnAction(e -> stepBy(-1));
        VBox box = new VBox(up, down);
        box.getStyleClass().add("step-buttons");
        return box;
    }

    private void showMessage(String refusal) {
        boolean refused = refusal != null;
        message.setText(refused ? refusal : "");
        message.setVisible(refused);
        message.setManaged(refused);
        text.pseudoClassStateChanged(Styles.STATE_DANGER, refused);
        hint.pseudoClassStateChanged(Styles.STATE_DANGER, refused);
    }
}
