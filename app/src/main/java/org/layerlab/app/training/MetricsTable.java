package org.layerlab.app.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Skin;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Window;
import javafx.util.Duration;
import org.layerlab.app.views.LiveClock;
import org.layerlab.engine.train.EpochMetrics;

/** The per-epoch metrics of the run as a table (epoch, train and validation loss and accuracy, learning rate). */
public final class MetricsTable extends TableView<EpochMetrics> {

    /** The run's epochs; the table's own rows follow them (see {@link #sync}). */
    private final ObservableList<EpochMetrics> source;
    private ObservableBooleanValue shown = new SimpleBooleanProperty(true);
    /** Rows of a running run change on the live clock's ticks, in the frames the views repaint in. */
    private final LiveClock.Gate syncGate = new LiveClock.Gate();
    private boolean prepared;
    /** The table's rows, created with its skin. */
    private FollowingFlow flow;

    /** How long after the window first shows the cells are built (see {@link #prepareOnceShown}). */
    private static final Duration PREPARE_AFTER = Duration.seconds(2);
    private static final int SAMPLE_ROWS = 60;

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
        prepareOnceShown();
    }

    /**
     * Builds the table's cells while the studio is idle, {@link #PREPARE_AFTER} after its window first
     * shows. A table builds the cells of its visible rows the first time it lays out rows: ~66 cells
     * (rows, skins, CSS), 60-90 ms of the JavaFX thread while its code is still cold. Left to the
     * Metrics tab's first showing, that landed in the middle of a run as the studio's longest frame
     * (44-78 ms); built beforehand, the first showing only fills them (27-48 ms).
     */
    private void prepareOnceShown() {
        PauseTransition wait = new PauseTransition(PREPARE_AFTER);
        wait.setOnFinished(e -> prepareCells());
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).addListener(
                new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean showing) {
                        if (Boolean.TRUE.equals(showing)) {
                            o.removeListener(this);
                            wait.play();
                        }
                    }
                });
    }

    /**
     * Lays the table out once with sample rows and empties it again, in one go (no frame shows the
     * sample rows), so that its cells exist before the first epochs arrive. The cells stay in the
     * table, unused, and take the run's rows when they come. Does nothing once the table has rows, or
     * when it is not in a showing window.
     */
    public void prepareCells() {
        ObservableList<EpochMetrics> rows = getItems();
        // Not once the window has closed (closed within the delay): its cells are not needed, and CSS
        // out of a window cannot resolve the theme's colours (a warning per cell).
        Window window = getScene() == null ? null : getScene().getWindow();
        if (!rows.isEmpty() || window == null || !window.isShowing()) {
            return;
        }
        List<EpochMetrics> sample = new ArrayList<>();
        // More rows than a full-screen table shows, with every digit in the figures.
        for (int i = 1; i <= SAMPLE_ROWS; i++) {
            double v = 0.0123456789 * i;
            sample.add(new EpochMetrics(i, i, v, v % 1, 3.1 * v, 7 * v % 1, 0.0321, i));
        }
        rows.setAll(sample);
        scrollTo(sample.size() - 1);
        applyCss();
        layout();
        rows.clear();
        applyCss();
        layout();
        prepared = true;
    }

    /** True once {@link #prepareCells} has built the cells. */
    public boolean isPrepared() {
        return prepared;
    }

    /**
     * Follows the run only while {@code shown} is true (the table's tab is in front), and catches up
     * when it becomes true.
     */
    public void followWhile(ObservableBooleanValue shown) {
        this.shown = shown;
        shown.addListener((o, was, now) -> {
            if (now) {
                followAgain();
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
            // A new run (or a run's rows cleared): start at its newest row.
            followAgain();
            rows.setAll(source);
        }
        if (shown.get()) {
            followNewest();
        }
    }

    /**
     * Shows the newest row, whole, at the bottom, as a log would, unless the user has scrolled back
     * through the run: then the table stays where they left it until they scroll back to the end, bring
     * its tab to the front again or start a new run.
     */
    private void followNewest() {
        if (flow != null && !getItems().isEmpty() && (flow.following || flow.atEnd())) {
            flow.following = true;
            flow.requestLayout();
        }
    }

    private void followAgain() {
        if (flow != null) {
            flow.following = true;
        }
    }

    /** True while the rows follow the newest epoch, false while the user has scrolled back from it. */
    public boolean isFollowingNewest() {
        return flow != null && flow.following;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TableViewSkin<>(this) {
            @Override
            protected VirtualFlow<TableRow<EpochMetrics>> createVirtualFlow() {
                flow = new FollowingFlow();
                return flow;
            }
        };
    }

    /**
     * The table's rows, kept scrolled to the end while {@link #following}. {@link TableView#scrollTo}
     * alone left the newest row hidden or cut off now and then: the flow keeps its offset in pixels
     * while it re-estimates its content's height in later layouts (after the rows' count changes, and
     * again as it measures cells), which moves a position of 1 (the end) back up by part of a row.
     */
    private final class FollowingFlow extends VirtualFlow<TableRow<EpochMetrics>> {
        private boolean following = true;

        FollowingFlow() {
            // The user's own scrolling (wheel, scroll bar, keys) stops the following at once, before the
            // flow moves; it starts again once they are back at the end (see atEnd's callers).
            addEventFilter(ScrollEvent.SCROLL, e -> following = false);
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> following = false);
            addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> following = false);
            // End goes back to the newest row and follows it, whatever rows come in meanwhile.
            MetricsTable.this.addEventFilter(KeyEvent.KEY_PRESSED, e -> following = e.getCode() == KeyCode.END);
        }

        /** True when the last row (of those laid out) shows whole. */
        boolean atEnd() {
            TableRow<EpochMetrics> last = getLastVisibleCellWithinViewport();
            return last != null && last.getIndex() >= getCellCount() - 1;
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (following && getCellCount() > 0 && getPosition() < 1) {
                setPosition(1);
                super.layoutChildren();
            } else if (!following && atEnd()) {
                // The user scrolled (or pressed End) back to the newest row.
                following = true;
            }
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
