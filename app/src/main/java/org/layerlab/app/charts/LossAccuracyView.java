package org.layerlab.app.charts;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.layerlab.app.views.CsvTable;
import org.layerlab.app.views.LiveView;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.Palette;
import org.layerlab.app.views.PlotCanvas;
import org.layerlab.app.views.PlotSeries;
import org.layerlab.app.views.ViewFrame;
import org.layerlab.engine.train.EarlyStopping;
import org.layerlab.engine.train.Mailbox;

import java.util.List;

/**
 * Loss and accuracy over epochs (stacked, or side by side in a wide pane), train and validation, with the best validation
 * epoch, the early-stopping patience and the shaded train/validation gap. For regression the loss
 * is the MSE and the accuracy chart is hidden.
 */
public final class LossAccuracyView extends ViewFrame implements LiveView {

    private final MetricHistory history = new MetricHistory();
    private final PlotCanvas loss = new PlotCanvas();
    private final PlotCanvas accuracy = new PlotCanvas();
    private final ToggleButton logScale = new ToggleButton("Log scale");
    private Mailbox mailbox;

    public LossAccuracyView() {
        super("Loss and accuracy", "loss-accuracy");
        logScale.setTooltip(new Tooltip("Show the loss on a logarithmic axis: small late improvements become visible"));
        logScale.selectedProperty().addListener((o, was, now) -> {
            loss.setLogY(now);
            loss.flush();
        });
        addTools(logScale);
        loss.setAxisLabels("epoch", "loss");
        loss.setIntegerX(true, 10);
        accuracy.setTitle("Accuracy");
        accuracy.setAxisLabels("epoch", "accuracy");
        accuracy.setIntegerX(true, 10);
        accuracy.setYRange(Double.NaN, 1.0);
        loss.setFormats(x -> Integer.toString((int) x), Numbers::compact);
        accuracy.setFormats(x -> Integer.toString((int) x), v -> Numbers.fixed(v, 3));
        setCenter(new ChartPair(loss, accuracy));
        refresh();
    }

    /** Shows the patience window when early stopping is on (from the run's TrainingConfig). */
    public void setEarlyStopping(EarlyStopping earlyStopping) {
        history.setEarlyStopping(earlyStopping);
        refresh();
        flush();
    }

    @Override
    public void drain(Mailbox next) {
        if (next != mailbox) {
            clear();
            mailbox = next;
        }
        if (next != null && history.drain(next) > 0) {
            refresh();
        }
        loss.flushLive();
        accuracy.flushLive();
    }

    @Override
    public void clear() {
        history.clear();
        mailbox = null;
        refresh();
        flush();
    }

    /** The view model, for tests and the shell's status read-outs. */
    public MetricHistory history() {
        return history;
    }

    @Override
    public CsvTable toCsv() {
        return history.toCsv();
    }

    @Override
    public void repaintForExport() {
        loss.repaintNow();
        accuracy.repaintNow();
    }

    private void flush() {
        loss.flush();
        accuracy.flush();
    }

    private void refresh() {
        int n = history.count();
        // Short legend names: the chart's title says which figure it is, and a narrow chart keeps its legend.
        boolean regression = history.isRegression();
        String lossName = regression ? "MSE" : "loss";
        loss.setTitle(regression ? "Loss (mean squared error)" : "Loss");
        loss.setAxisLabels("epoch", lossName);
        PlotSeries trainLoss = new PlotSeries("train", Palette.TRAIN, false, history.epochs(),
                history.trainLoss(), n);
        PlotSeries validationLoss = new PlotSeries("validation", Palette.VALIDATION, true,
                history.epochs(), history.validationLoss(), n);
        loss.setSeries(history.hasValidation() || n == 0 ? List.of(trainLoss, validationLoss) : List.of(trainLoss));
        loss.setGap(history.hasValidation() ? 0 : -1, 1, "gap", Palette.withAlpha(Palette.VALIDATION, 0.18));
        accuracy.setSeries(List.of(
                new PlotSeries("train", Palette.TRAIN, false, history.epochs(), history.trainAccuracy(), n),
                new PlotSeries("validation", Palette.VALIDATION, true, history.epochs(),
                        history.validationAccuracy(), n)));
        int best = history.bestEpoch();
        String bestLabel = best < 0 ? "" : "best validation · epoch " + best;
        loss.setMarker(best < 0 ? Double.NaN : best, bestLabel);
        // The accuracy curves run along the top, where a label would cover them: the line alone links the charts.
        accuracy.setMarker(best < 0 ? Double.NaN : best, "");
        EarlyStopping stopping = history.earlyStopping();
        if (stopping.enabled() && best >= 0) {
            loss.setWindow(best, best + stopping.patience(), history.patienceLabel());
            loss.setXAtLeast(best + stopping.patience());
            accuracy.setXAtLeast(best + stopping.patience());
        } else {
            loss.setWindow(Double.NaN, Double.NaN, "");
            loss.setXAtLeast(Double.NaN);
            accuracy.setXAtLeast(Double.NaN);
        }
        accuracy.setVisible(!regression);
        accuracy.setManaged(!regression);
    }
}
