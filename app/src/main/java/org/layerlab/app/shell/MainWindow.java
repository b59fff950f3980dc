package org.layerlab.app.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.layerlab.app.canvas.CanvasView;
import org.layerlab.app.canvas.PaletteView;
import org.layerlab.app.dataset.DatasetPanel;
import org.layerlab.app.inspector.InspectorView;
import org.layerlab.app.live.BoundaryPane;
import org.layerlab.app.training.RunToolbar;
import org.layerlab.app.training.TrainingPanel;

/**
 * The main window's layout: menus and run controls on top, the palette on the left (with the problems
 * list under it while there are problems), the canvas above the live views in the middle, the
 * inspector above the dataset and training tabs on the right, and the status bar at the bottom. The
 * presenter layout hides the left and right columns, so the canvas and the views fill the screen.
 */
public final class MainWindow extends BorderPane {

    /** Canvas share of the centre's height in the normal and in the presenter layout. */
    static final double CANVAS_SHARE = 0.36;
    static final double PRESENTER_CANVAS_SHARE = 0.28;

    private final CanvasView canvas;
    private final TabPane sideTabs = new TabPane();
    private final LiveViewsPane liveViews;
    private final ScrollPane paletteScroll;
    private final VBox problemsBox;
    private final VBox leftColumn;
    private final SplitPane centre;
    private final SplitPane side;
    private final SplitPane main;
    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter");
    private double[] normalDividers;

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
        paletteScroll = scroll(palette, "palettePane");
        paletteScroll.getStyleClass().add("palette-pane");

        BoundaryPane boundary = new BoundaryPane(studio.liveViews().boundary(), studio.liveFeed().absentReasonProperty());
        liveViews = new LiveViewsPane(studio.training(), studio.liveViews(), boundary,
                studio.liveFeed().dataKindProperty());
        ProblemsView problems = new ProblemsView(studio.editor());
        problemsBox = new VBox(problemsTitle(), problems);
        problemsBox.setId("problemsPane");
        problemsBox.getStyleClass().add("problems-pane");
        VBox.setVgrow(problems, Priority.ALWAYS);
        problemsBox.setMinHeight(Region.USE_PREF_SIZE);
        problemsBox.setPrefHeight(190);
        // Under the palette, only while there is something to fix: the canvas and the views keep their room.
        BooleanBinding anyProblem = Bindings.createBooleanBinding(() -> {
            var list = studio.editor().problemsProperty().get();
            return list != null && !list.isEmpty();
        }, studio.editor().problemsProperty());
        problemsBox.visibleProperty().bind(anyProblem);
        problemsBox.managedProperty().bind(anyProblem);
        VBox.setVgrow(paletteScroll, Priority.ALWAYS);
        leftColumn = new VBox(paletteScroll, problemsBox);
        leftColumn.setId("leftColumn");
        setLeft(leftColumn);
        centre = new SplitPane(canvas, liveViews);
        centre.setId("centreSplit");
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(CANVAS_SHARE);
        liveViews.setMinHeight(120);
        canvas.setMinHeight(100);

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
        side = new SplitPane(inspectorScroll, sideTabs);
        side.setId("sideSplit");
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.48);
        side.setMinWidth(320);
        side.setPrefWidth(390);

        main = new SplitPane(centre, side);
        main.setId("mainSplit");
        main.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(side, false);
        setCenter(main);

        setBottom(new StatusBar(studio.training(), studio.backendProperty()));
        presenter.addListener((o, was, on) -> applyPresenter(on));
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

    /** True in the presenter layout: only the run controls, the canvas, the live views and the status bar. */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** Brings the dataset or training tab to the front. */
    public void showSideTab(String id) {
        sideTabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> sideTabs.getSelectionModel().select(t));
    }

    private void applyPresenter(boolean on) {
        if (on) {
            normalDividers = new double[] {main.getDividerPositions()[0], centre.getDividerPositions()[0]};
            setLeft(null);
            main.getItems().remove(side);
            centre.setDividerPositions(PRESENTER_CANVAS_SHARE);
        } else {
            setLeft(leftColumn);
            main.getItems().add(side);
            double[] d = normalDividers == null ? new double[] {0.66, CANVAS_SHARE} : normalDividers;
            main.setDividerPositions(d[0]);
            centre.setDividerPositions(d[1]);
        }
        // Lay out now, so the graph is fitted into the canvas's new shape.
        applyCss();
        layout();
        canvas.zoomToFit();
    }

    private static Label problemsTitle() {
        Label l = new Label("Problems");
        l.getStyleClass().add("section-title");
        return l;
    }

    private static ScrollPane scroll(Node content, String id) {
        ScrollPane s = new ScrollPane(content);
        s.setId(id);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return s;
    }
}
