package org.layerlab.app.boundary;

import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import org.layerlab.app.views.CsvTable;
import org.layerlab.app.views.LiveView;
import org.layerlab.app.views.ViewFrame;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.FittedCurve;
import org.layerlab.engine.train.Mailbox;

import java.util.List;

/**
 * The decision boundary (2-D classification) or the fitted curve (1-D regression), fed by the
 * mailbox's surface and curve slots; the shell supplies the data points and class names.
 */
public final class DecisionBoundaryView extends ViewFrame implements LiveView {

    private final BoundaryModel model = new BoundaryModel();
    private final BoundaryCanvas canvas = new BoundaryCanvas(model);
    private final CheckBox validation = new CheckBox("Validation points");
    private final CheckBox discretize = new CheckBox("Discretize");
    private Mailbox mailbox;

    public DecisionBoundaryView() {
        super("Decision boundary", "decision-boundary");
        validation.setTooltip(new Tooltip("Also draw the validation points (diamonds): data the model never trains on"));
        discretize.setTooltip(new Tooltip("Paint hard class regions instead of probabilities"));
        validation.selectedProperty().addListener((o, was, now) -> {
            model.setShowValidation(now);
            repaint();
        });
        discretize.selectedProperty().addListener((o, was, now) -> {
            model.setDiscretize(now);
            repaint();
        });
        addTools(validation, discretize);
        setCenter(canvas);
    }

    /**
     * The data points to draw, in the data's own coordinates (the grid uses the same ones).
     *
     * @param xy         one {x1, x2} pair per point; for 1-D regression {x, target}
     * @param labels     one class per point; null for regression
     * @param validation true for the validation split (shown with the toggle), false for training
     */
    public void setPoints(double[][] xy, int[] labels, boolean validation) {
        model.setPoints(xy, labels, validation);
        if (!validation) {
            setTitle(labels == null ? "Fitted curve" : "Decision boundary");
            discretize.setVisible(labels != null);
        }
        repaint();
    }

    /** Names for the legend ("class 0", "class 1" when not set). */
    public void setClassNames(List<String> names) {
        model.setClassNames(names);
        repaint();
    }

    public void setShowValidation(boolean show) {
        validation.setSelected(show);
    }

    public void setDiscretize(boolean on) {
        discretize.setSelected(on);
    }

    @Override
    public void drain(Mailbox next) {
        if (next != mailbox) {
            clear();
            mailbox = next;
        }
        if (next == null) {
            return;
        }
        DecisionSurface surface = next.surface().take();
        FittedCurve curve = next.curve().take();
        if (surface != null) {
            model.setSurface(surface);
            canvas.markDirty();
        }
        if (curve != null) {
            model.setCurve(curve);
            canvas.markDirty();
        }
        discretize.setDisable(model.isRegression());
        canvas.flushLive();
    }

    @Override
    public void clear() {
        model.clear();
        mailbox = null;
        repaint();
    }

    /**
     * Where the data point {@code (x, y)} is drawn, in the coordinates of {@link #pngNode()}; null
     * until the plot was painted. Lets a test compare a rendered pixel with the model's prediction.
     */
    public Point2D pixelOf(double x, double y) {
        return canvas.pixelOf(x, y);
    }

    public BoundaryModel model() {
        return model;
    }

    @Override
    public CsvTable toCsv() {
        return model.toCsv();
    }

    @Override
    public void repaintForExport() {
        canvas.repaintNow();
    }

    private void repaint() {
        canvas.markDirty();
        canvas.flush();
    }
}
