package org.layerlab.app.shell;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.layerlab.app.live.BoundaryPane;
import org.layerlab.app.live.LiveViews;
import org.layerlab.app.training.MetricsTable;
import org.layerlab.app.training.TrainingViewModel;

/**
 * Where the live views go, one tab each. When the pane is wide enough (a full-HD window, or the
 * presenter layout) the decision boundary and the loss chart share the first tab side by side, the
 * two views a class watches together; in a narrower pane each gets a tab of its own.
 */
public final class LiveViewsPane extends BorderPane {

    /** From this width on, the boundary and the loss chart sit side by side. */
    static final double SIDE_BY_SIDE_WIDTH = 1000;

    private final TabPane tabs = new TabPane();
    private final LiveViews views;
    private final BoundaryPane boundary;
    private final ObservableStringValue dataKind;
    private final Tab boundaryTab = new Tab();
    private final Tab lossTab = new Tab("Loss & accuracy");
    private final SplitPane sideBySide = new SplitPane();
    private boolean together;

    /**
     * @param dataKind "boundary", "curve" or "none": what the boundary tab can show for the current data
     */
    public LiveViewsPane(TrainingViewModel training, LiveViews views, BoundaryPane boundary,
                         ObservableStringValue dataKind) {
        this.views = views;
        this.boundary = boundary;
        this.dataKind = dataKind;
        setId("liveViews");
        getStyleClass().add("live-views");
        tabs.setId("liveViewTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        boundaryTab.setId("boundaryTab");
        lossTab.setId("lossTab");
        sideBySide.setId("boundaryLossSplit");
        sideBySide.setOrientation(Orientation.HORIZONTAL);
        tip(boundaryTab, "The model's class for every point of the plane, with the data on top (1-D regression: the "
                + "fitted curve)");
        tip(lossTab, "Loss and accuracy per epoch, training (solid) and validation (dashed): a widening gap is "
                + "overfitting");
        tabs.getTabs().addAll(boundaryTab, lossTab);
        addView("histogramsTab", "Histograms", views.histograms(),
                "Each layer's activations and weights: look for saturation and dead ReLUs");
        addView("layerEffectTab", "Dropout & norm", views.layerEffect(),
                "A small batch before and after a Dropout, noise or normalization layer");
        addView("gradientsTab", "Gradients", views.gradients(),
                "Gradient size per layer over time: vanishing gradients starve the first layers");
        addView("summaryTab", "Summary", views.summary(), "Keras-style table: layers, output shapes, parameters");
        MetricsTable metrics = new MetricsTable(training);
        metrics.followWhile(addView("metricsTab", "Metrics", metrics, "Every finished epoch as a row, as Keras' history. It follows the newest; "
                + "scroll back to read earlier epochs, and back to the end (or press End) to follow again")
                .selectedProperty());
        setCenter(tabs);
        arrange(false);
        widthProperty().addListener((o, a, w) -> {
            if ((w.doubleValue() >= SIDE_BY_SIDE_WIDTH) != together) {
                arrange(!together);
            }
        });
        dataKind.addListener((o, a, b) -> arrange(together));
    }

    /** Adds a view as a tab and returns the tab. */
    public Tab addView(String title, Node view) {
        Tab tab = new Tab(title, view);
        tabs.getTabs().add(tab);
        return tab;
    }

    private Tab addView(String id, String title, Node view, String tip) {
        Tab tab = addView(title, view);
        tab.setId(id);
        tip(tab, tip);
        return tab;
    }

    /** Brings the tab with this id to the front (the boundary's tab holds the loss chart too when side by side). */
    public void showTab(String id) {
        String target = together && "lossTab".equals(id) ? "boundaryTab" : id;
        tabs.getTabs().stream().filter(t -> target.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** True when the boundary and the loss chart share the first tab. */
    public boolean isSideBySide() {
        return together;
    }

    public TabPane tabs() {
        return tabs;
    }

    public LiveViews views() {
        return views;
    }

    private void arrange(boolean wide) {
        boolean wasTogether = together;
        boolean selectedLoss = tabs.getSelectionModel().getSelectedItem() == lossTab;
        together = wide;
        String kind = dataKind.get();
        String what = "curve".equals(kind) ? "Fitted curve" : "Decision boundary";
        if (together) {
            boundaryTab.setText("none".equals(kind) ? "Loss & accuracy" : what + " & loss");
            if (!wasTogether || boundaryTab.getContent() != sideBySide) {
                boundaryTab.setContent(null);
                lossTab.setContent(null);
                sideBySide.getItems().setAll(boundary, views.loss());
                tabs.getTabs().remove(lossTab);
                boundaryTab.setContent(sideBySide);
            }
            // No boundary to draw: its note needs a third of the width, the chart the rest.
            sideBySide.setDividerPositions("none".equals(kind) ? 0.3 : 0.5);
            if (selectedLoss) {
                tabs.getSelectionModel().select(boundaryTab);
            }
        } else {
            // Short names: seven tabs share a pane of about 700 pixels.
            boundaryTab.setText("curve".equals(kind) ? "Fitted curve" : "Boundary");
            if (wasTogether || boundaryTab.getContent() == null) {
                sideBySide.getItems().clear();
                boundaryTab.setContent(boundary);
                lossTab.setContent(views.loss());
                if (!tabs.getTabs().contains(lossTab)) {
                    tabs.getTabs().add(1, lossTab);
                }
            }
        }
    }

    private static void tip(Tab tab, String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tab.setTooltip(tooltip);
    }
}
