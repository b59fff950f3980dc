package org.layerlab.app.training;

import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.layerlab.app.views.LiveClock;
import org.layerlab.engine.train.EpochMetrics;

/** The per-epoch metrics of the run as a table (epoch, train and validation loss and accuracy, learning rate). */
public final class MetricsTable extends TableView<EpochMetrics> {

    /** The run's epochs; the table's own rows follow them (see {@link #sync}). */
    private final ObservableList<EpochMetrics> source;
    private ObservableBooleanValue shown = new SimpleBooleanProperty(true);
    /** Rows of a running run change on the live clock's ticks, in the frames the views repaint in. */
    private final LiveClock.Gate syncGate = new LiveClock.Gate();

    public MetricsTable(TrainingViewModel model) {
        super(FXCollections.observableArrayList());
        this.source = model.metrics();
        setId("metricsTable");
        getStyleClass().add("metrics-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Press Train: each finished epoch adds a row here."));
        TableColumn<EpochMetrics, String> epoch = column("Epoch", m -> m.epoch(), "%.0f");
        epoch.setMaxWidth(80);
        epoch.setMinWidth(60);
        epoch.setPrefWidth(70);
        getColumns().add(epoch);
        // Keras' names for the same figures (history.history['val_loss'] in the lecture notes).
        getColumns().add(column("loss", EpochMetrics::trainLoss, "%.4f"));
        getColumns().add(percentColumn("acc", EpochMetrics::trainAccuracy));
        getColumns().add(column("val_loss", EpochMetrics::validationLoss, "%.4f"));
        getColumns().add(percentColumn("val_acc", EpochMetrics::validationAccuracy));
        getColumns().add(column("lr", EpochMetrics::learningRate, "%.3g"));
        // A TableView refills all its cells when rows are added. At 80 epochs a second that changed so
        // many nodes each frame that JavaFX repainted the whole window (17-45 ms each in software),
        // even with the table hidden. So during a run the rows follow the run's epochs only while the
        // table shows, at most 5 times a second; a hidden table catches up when shown, and paused or
        // stopped the table has every epoch at once.
        source.addListener((ListChangeListener<EpochMetrics>) c -> {
            boolean running = model.phaseProperty().get() == TrainingViewModel.Phase.RUNNING;
            if (!running || (shown.get() && syncGate.open(System.nanoTime()))) {
                sync();
            }
        });
        model.phaseProperty().addListener((o, was, phase) -> sync());
        sync();
    }

    /**
     * Follows the run only while {@code shown} is true (the table's tab is in front), and catches up
     * when it becomes true.
     */
    public void followWhile(ObservableBooleanValue shown) {
        this.shown = shown;
        shown.addListener((o, was, now) -> {
            if (now) {
                sync();
            }
        });
    }

    /** Makes the rows the run's epochs (appending when only new ones came) and shows the newest, as a log would. */
    private void sync() {
        ObservableList<EpochMetrics> rows = getItems();
        int n = rows.size();
        if (n <= source.size() && (n == 0 || rows.get(n - 1) == source.get(n - 1))) {
            if (n < source.size()) {
                rows.addAll(source.subList(n, source.size()));
            }
        } else {
            rows.setAll(source);
        }
        if (shown.get()) {
            followNewest();
        }
    }

    private void followNewest() {
        if (!getItems().isEmpty()) {
            scrollTo(getItems().size() - 1);
        }
    }

    private static TableColumn<EpochMetrics, String> column(String title, ToDoubleFunction<EpochMetrics> value,
                                                            String format) {
        TableColumn<EpochMetrics, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new SimpleObjectProperty<>(format(value.applyAsDouble(cell.getValue()), format)));
        c.getStyleClass().add("number-column");
        // Below this the figures would turn into "..."; the table scrolls sideways instead.
        c.setMinWidth(72);
        // A width of our own: a column left at JavaFX's default (80) is sized to its content the first
        // time the table has rows, which builds, styles and measures up to 30 throwaway cells per
        // column in the frame the Metrics tab first comes to the front. The resize policy shares the
        // table's width out anyway.
        c.setPrefWidth(110);
        return c;
    }

    private static TableColumn<EpochMetrics, String> percentColumn(String title, ToDoubleFunction<EpochMetrics> value) {
        TableColumn<EpochMetrics, String> c = column(title, value, "");
        c.setCellValueFactory(cell -> new SimpleObjectProperty<>(percent(value.applyAsDouble(cell.getValue()))));
        return c;
    }

    /** A number for the table; NaN (no validation split, accuracy of a regression) shows as a dash. */
    public static String format(double v, String format) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, format, v);
    }

    /** 0.9412 -> "94.1 %". */
    public static String percent(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f %%", v * 100);
    }
}
