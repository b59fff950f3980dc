package org.layerlab.app.shell;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.layerlab.app.training.MetricsTable;
import org.layerlab.app.training.TrainingViewModel;

/**
 * Where the live views of a run go, one tab each. For now the per-epoch metrics table; charts,
 * decision boundary and histograms join it as tabs fed by the same frame loop.
 */
public final class LiveViewsPane extends BorderPane {

    private final TabPane tabs = new TabPane();

    public LiveViewsPane(TrainingViewModel training) {
        setId("liveViews");
        getStyleClass().add("live-views");
        Label title = new Label("Live views");
        title.getStyleClass().add("section-title");
        setTop(title);
        tabs.setId("liveViewTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        addView("Metrics per epoch", new MetricsTable(training)).setId("metricsTab");
        setCenter(tabs);
    }

    /** Adds a live view as a tab and returns the tab. */
    public Tab addView(String title, javafx.scene.Node view) {
        Tab tab = new Tab(title, view);
        tabs.getTabs().add(tab);
        return tab;
    }
}
