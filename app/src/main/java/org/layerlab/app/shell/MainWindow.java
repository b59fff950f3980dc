package org.layerlab.app.shell;

import javafx.geometry.Orientation;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.layerlab.app.canvas.CanvasView;
import org.layerlab.app.canvas.PaletteView;
import org.layerlab.app.dataset.DatasetPanel;
import org.layerlab.app.inspector.InspectorView;
import org.layerlab.app.training.RunToolbar;
import org.layerlab.app.training.TrainingPanel;

/**
 * The main window's layout: menus and run controls on top, the palette on the left, the canvas in the
 * middle above the problems list and the live views, the inspector above the dataset and training
 * tabs on the right, and the status bar at the bottom.
 */
public final class MainWindow extends BorderPane {

    private final CanvasView canvas;
    private final TabPane sideTabs = new TabPane();
    private final LiveViewsPane liveViews;

    private final VBox top;

    MainWindow(Studio studio) {
        setId("studioRoot");
        getStyleClass().add("studio");
        canvas = new CanvasView(studio.editor());
        canvas.setId("canvas");

        RunToolbar toolbar = new RunToolbar(studio.training());
        top = new VBox(toolbar);
        setTop(top);

        PaletteView palette = new PaletteView(studio.editor());
        ScrollPane paletteScroll = scroll(palette, "palettePane");
        paletteScroll.getStyleClass().add("palette-pane");
        setLeft(paletteScroll);

        liveViews = new LiveViewsPane(studio.training());
        ProblemsView problems = new ProblemsView(studio.editor());
        VBox problemsBox = new VBox(problemsTitle(), problems);
        problemsBox.getStyleClass().add("problems-pane");
        VBox.setVgrow(problems, javafx.scene.layout.Priority.ALWAYS);
        SplitPane bottom = new SplitPane(problemsBox, liveViews);
        bottom.setId("bottomSplit");
        bottom.setDividerPositions(0.3);
        problemsBox.setMinWidth(140);
        SplitPane centre = new SplitPane(canvas, bottom);
        centre.setId("centreSplit");
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(bottom, false);

        InspectorView inspector = new InspectorView(studio.inspector());
        ScrollPane inspectorScroll = scroll(inspector, "inspectorPane");
        Tab data = new Tab("Dataset", scroll(new DatasetPanel(studio.dataset(), studio::chooseCsv), "datasetPane"));
        data.setId("datasetTab");
        Tab train = new Tab("Training", scroll(new TrainingPanel(studio.document().trainingProperty()),
                "trainingPane"));
        train.setId("trainingTab");
        sideTabs.getTabs().addAll(data, train);
        sideTabs.setId("sideTabs");
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane side = new SplitPane(inspectorScroll, sideTabs);
        side.setId("sideSplit");
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.48);
        side.setMinWidth(320);
        side.setPrefWidth(390);

        SplitPane main = new SplitPane(centre, side);
        main.setId("mainSplit");
        main.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(side, false);
        setCenter(main);

        setBottom(new StatusBar(studio.training(), studio.backendProperty()));
    }

    /** Puts the menu bar above the run controls. */
    void setMenuBar(MenuBar menus) {
        top.getChildren().add(0, menus);
    }

    /** Adds a menu just before Help (the Teach menu). */
    void addMenu(javafx.scene.control.Menu menu) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) top.getChildren().get(0);
        bar.getMenus().add(Math.max(0, bar.getMenus().size() - 1), menu);
    }

    public CanvasView canvas() {
        return canvas;
    }

    public LiveViewsPane liveViews() {
        return liveViews;
    }

    /** Brings the dataset or training tab to the front. */
    public void showSideTab(String id) {
        sideTabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> sideTabs.getSelectionModel().select(t));
    }

    private static javafx.scene.control.Label problemsTitle() {
        javafx.scene.control.Label l = new javafx.scene.control.Label("Problems");
        l.getStyleClass().add("section-title");
        return l;
    }

    private static ScrollPane scroll(javafx.scene.Node content, String id) {
        ScrollPane s = new ScrollPane(content);
        s.setId(id);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return s;
    }
}
