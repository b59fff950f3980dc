package org.layerlab.app.live;

import java.util.List;
import org.layerlab.app.boundary.DecisionBoundaryView;
import org.layerlab.app.charts.LossAccuracyView;
import org.layerlab.app.gradients.GradientFlowView;
import org.layerlab.app.histograms.HistogramsView;
import org.layerlab.app.layereffect.LayerEffectView;
import org.layerlab.app.summary.ModelSummaryView;
import org.layerlab.app.views.ExportDialogs;
import org.layerlab.app.views.LiveView;
import org.layerlab.app.views.ViewFrame;
import org.layerlab.engine.train.Mailbox;

/**
 * Every live view of the window, made once: the loss and accuracy chart, the decision boundary (or
 * fitted curve), the activation and weight histograms, the dropout / noise / normalization
 * before-after matrices, the gradient flow and the model summary. {@link #drain} feeds the ones
 * that read the mailbox; it is the window's frame loop that calls it, once per frame.
 */
public final class LiveViews {

    private final LossAccuracyView loss = new LossAccuracyView();
    private final DecisionBoundaryView boundary = new DecisionBoundaryView();
    private final HistogramsView histograms = new HistogramsView();
    private final LayerEffectView layerEffect = new LayerEffectView();
    private final GradientFlowView gradients = new GradientFlowView();
    private final ModelSummaryView summary = new ModelSummaryView();
    private final List<LiveView> live = List.of(loss, boundary, histograms, layerEffect, gradients);

    public LiveViews() {
        loss.setId("lossView");
        boundary.setId("boundaryView");
        histograms.setId("histogramsView");
        layerEffect.setId("layerEffectView");
        gradients.setId("gradientFlowView");
        summary.setId("summaryView");
    }

    /** Hands the run's mailbox (null without a run) to every live view; each takes only what is new. */
    public void drain(Mailbox mailbox) {
        for (LiveView view : live) {
            view.drain(mailbox);
        }
    }

    /** Forgets the run in every live view (Reset). */
    public void clear() {
        for (LiveView view : live) {
            view.clear();
        }
    }

    /** Every view with an Export menu, the summary included. */
    public List<ViewFrame> frames() {
        return List.of(loss, boundary, histograms, layerEffect, gradients, summary);
    }

    /** Routes every view's Save as PNG / CSV through these dialogs. */
    public void setExportDialogs(ExportDialogs dialogs) {
        frames().forEach(v -> v.setExportDialogs(dialogs));
    }

    public LossAccuracyView loss() {
        return loss;
    }

    public DecisionBoundaryView boundary() {
        return boundary;
    }

    public HistogramsView histograms() {
        return histograms;
    }

    public LayerEffectView layerEffect() {
        return layerEffect;
    }

    public GradientFlowView gradients() {
        return gradients;
    }

    public ModelSummaryView summary() {
        return summary;
    }
}
