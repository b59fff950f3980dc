package org.layerlab.app.canvas;

import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.layerlab.engine.graph.Edge;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.NodeShape;
import org.layerlab.engine.graph.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layer canvas: one {@link NodeView} per graph node and one {@link EdgeView} per connection,
 * kept in step with the {@link GraphEditor} by id (views are updated in place, never rebuilt), on a
 * zoomable, pannable dot grid. Mouse and key gestures become editor calls, so each is undoable.
 */
public final class CanvasView extends Region {

    private static final double FIT_MARGIN = 32;

    private final GraphEditor editor;
    private final Group world = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Viewport viewport = new Viewport(world);
    private final Map<String, NodeView> nodeViews = new LinkedHashMap<>();
    private final Map<Edge, EdgeView> edgeViews = new LinkedHashMap<>();
    private final NodeDrag nodeDrag;
    private final PortDrag portDrag;
    private final SelectionBand band;
    private final Label hint = new Label("Drag layers here from the palette\n(or double-click one)");
    private final CanvasControls controls;
    private final BackgroundGestures gestures;
    /** Set when a whole new document appears (first show, New, Open): show all of it once it is laid out. */
    private boolean fitPending = true;

    public CanvasView(GraphEditor editor) {
        this.editor = editor;
        getStyleClass().add("layer-canvas");
        getStylesheets().add(CanvasView.class.getResource("canvas.css").toExternalForm());
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        nodeDrag = new NodeDrag(editor, world, nodeViews::get, this::requestFocus);
        portDrag = new PortDrag(editor, world, this::nodeAt);
        band = new SelectionBand(editor, this::nodesIn, p -> viewport.viewToWorld(p.getX(), p.getY()));
        controls = new CanvasControls(this, viewport.zoomProperty());

        world.setManaged(false);
        world.getChildren().addAll(edgeLayer, nodeLayer);
        hint.getStyleClass().add("canvas-hint");
        hint.setMouseTransparent(true);
        hint.setManaged(false);
        getChildren().addAll(viewport.grid(), world, band.rectangle(), hint, controls);

        editor.graphProperty().addListener((obs, old, g) -> sync(g));
        editor.problemsProperty().addListener((obs, old, p) -> showProblems());
        editor.shapesProperty().addListener((obs, old, s) -> showShapes());
        editor.selection().addListener((SetChangeListener<String>) change -> {
            if (change.wasRemoved()) {
                setSelected(change.getElementRemoved(), false);
            }
            if (change.wasAdded()) {
                setSelected(change.getElementAdded(), true);
            }
        });
        editor.selectedEdgeProperty().addListener((obs, old, edge) -> {
            if (old != null && edgeViews.containsKey(old)) {
                edgeViews.get(old).setSelected(false);
            }
            if (edge != null && edgeViews.containsKey(edge)) {
                edgeViews.get(edge).setSelected(true);
            }
        });

        gestures = new BackgroundGestures(this, editor, viewport, band);
        gestures.install();
        setOnContextMenuRequested(e -> CanvasMenu.show(this, editor, e));

        sync(editor.graph());
    }

    public void zoomIn() {
        viewport.zoomAt(Viewport.STEP, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        viewport.zoomAt(1 / Viewport.STEP, getWidth() / 2, getHeight() / 2);
    }

    /** Back to 100 %, the graph's top-left corner near the view's. */
    public void resetZoom() {
        viewport.reset();
        Bounds content = contentBounds();
        if (!content.isEmpty()) {
            viewport.panBy(FIT_MARGIN - content.getMinX(), FIT_MARGIN - content.getMinY());
        }
    }

    /** Shows the whole graph, centred, at most at 100 %. */
    public void zoomToFit() {
        viewport.fit(contentBounds(), getWidth(), getHeight(), FIT_MARGIN, 1.0);
    }

    /** Undoable auto-layout: left to right by depth, branches stacked vertically; zooms out if it no longer fits. */
    public void tidyUp() {
        double tallest = nodeViews.values().stream().mapToDouble(NodeView::getHeight).max().orElse(Layout.NODE_HEIGHT);
        editor.apply("Tidy up", g -> Layout.tidy(g, id -> {
            NodeView v = nodeViews.get(id);
            return v == null || v.getWidth() <= 0 ? Layout.NODE_WIDTH : v.getWidth();
        }, Math.max(tallest, Layout.NODE_HEIGHT) + Layout.ROW_GAP));
        if (!viewport.visibleWorld(getWidth(), getHeight()).contains(contentBounds())) {
            zoomToFit();
        }
    }

    // ---- keeping the views in step with the graph ------------------------------------------

    private void sync(ModelGraph graph) {
        Set<String> ids = new HashSet<>();
        List<NodeView> created = new ArrayList<>();
        for (Node node : graph.nodes()) {
            ids.add(node.id());
            NodeView view = nodeViews.get(node.id());
            if (view == null) {
                created.add(createNodeView(node));
            } else {
                view.update(node);
            }
        }
        nodeViews.entrySet().removeIf(entry -> {
            boolean gone = !ids.contains(entry.getKey());
            if (gone) {
                nodeLayer.getChildren().remove(entry.getValue());
            }
            return gone;
        });
        Set<Edge> edges = new HashSet<>(graph.edges());
        edgeViews.entrySet().removeIf(entry -> {
            boolean gone = !edges.contains(entry.getKey());
            if (gone) {
                edgeLayer.getChildren().remove(entry.getValue());
            }
            return gone;
        });
        for (Edge edge : graph.edges()) {
            if (!edgeViews.containsKey(edge)) {
                createEdgeView(edge);
            }
        }
        hint.setVisible(graph.nodes().isEmpty());
        if (created.size() > 1 && created.size() == graph.nodes().size()) {
            fitPending = true;  // a new document, not an edit
            requestLayout();
        } else if (created.size() == 1 && graph.nodes().size() > 1) {
            reveal(created.get(0));
        }
    }

    private NodeView createNodeView(Node node) {
        NodeView view = new NodeView(node);
        nodeViews.put(node.id(), view);
        nodeLayer.getChildren().add(view);
        nodeDrag.install(view);
        portDrag.install(view);
        view.setSelected(editor.selection().contains(node.id()));
        view.setShape(shapes().get(node.id()));
        view.setProblems(problemsOf(node.id()));
        view.layoutXProperty().addListener(o -> refreshEdgesOf(node.id()));
        view.layoutYProperty().addListener(o -> refreshEdgesOf(node.id()));
        view.widthProperty().addListener(o -> refreshEdgesOf(node.id()));
        view.heightProperty().addListener(o -> refreshEdgesOf(node.id()));
        return view;
    }

    private void createEdgeView(Edge edge) {
        EdgeView view = new EdgeView(edge);
        edgeViews.put(edge, view);
        edgeLayer.getChildren().add(view);
        view.setSelected(edge.equals(editor.selectedEdgeProperty().get()));
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
                editor.selectEdge(edge);
                e.consume();
            }
        });
        refresh(view);
    }

    private void refreshEdgesOf(String id) {
        for (EdgeView view : edgeViews.values()) {
            if (view.edge().from().equals(id) || view.edge().to().equals(id)) {
                refresh(view);
            }
        }
    }

    private void refresh(EdgeView view) {
        NodeView from = nodeViews.get(view.edge().from());
        NodeView to = nodeViews.get(view.edge().to());
        if (from != null && to != null) {
            view.update(from.outputPoint(), to.inputPoint());
        }
    }

    private void showProblems() {
        nodeViews.forEach((id, view) -> view.setProblems(problemsOf(id)));
    }

    private void showShapes() {
        Map<String, NodeShape> shapes = shapes();
        nodeViews.forEach((id, view) -> view.setShape(shapes.get(id)));
    }

    private List<String> problemsOf(String id) {
        List<Problem> problems = editor.problemsProperty().get();
        if (problems == null) {
            return List.of();
        }
        return problems.stream().filter(p -> id.equals(p.nodeId())).map(Problem::message).toList();
    }

    private Map<String, NodeShape> shapes() {
        Map<String, NodeShape> shapes = editor.shapesProperty().get();
        return shapes == null ? Map.of() : shapes;
    }

    private void setSelected(String id, boolean selected) {
        NodeView view = nodeViews.get(id);
        if (view != null) {
            view.setSelected(selected);
            if (selected) {
                view.toFront();  // a selected node is drawn above the ones it overlaps
            }
        }
    }

    // ---- geometry ----------------------------------------------------------------------------

    /** The node whose card (or a port) is at this graph point; the topmost one if several. */
    private NodeView nodeAt(Point2D p) {
        List<javafx.scene.Node> views = nodeLayer.getChildren();
        for (int i = views.size() - 1; i >= 0; i--) {
            NodeView v = (NodeView) views.get(i);
            double pad = 2 * NodeView.PORT_RADIUS;
            if (p.getX() >= v.getLayoutX() - pad && p.getX() <= v.getLayoutX() + v.getWidth() + pad
                    && p.getY() >= v.getLayoutY() - 4 && p.getY() <= v.getLayoutY() + v.getHeight() + 4) {
                return v;
            }
        }
        return null;
    }

    private List<String> nodesIn(Bounds area) {
        List<String> ids = new ArrayList<>();
        nodeViews.forEach((id, v) -> {
            if (area.intersects(v.getLayoutX(), v.getLayoutY(), v.getWidth(), v.getHeight())) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The cards' bounding box in graph coordinates, or an empty box without nodes. */
    private Bounds contentBounds() {
        if (nodeViews.isEmpty()) {
            return new BoundingBox(0, 0, -1, -1);
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (NodeView v : nodeViews.values()) {
            minX = Math.min(minX, v.getLayoutX());
            minY = Math.min(minY, v.getLayoutY());
            maxX = Math.max(maxX, v.getLayoutX() + Math.max(v.getWidth(), 1));
            maxY = Math.max(maxY, v.getLayoutY() + Math.max(v.getHeight(), 1));
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** Pans to a new node that landed outside the visible part of the canvas. */
    private void reveal(NodeView view) {
        if (getWidth() <= 0) {
            return;
        }
        Bounds visible = viewport.visibleWorld(getWidth(), getHeight());
        Node n = view.node();
        if (!visible.contains(n.x(), n.y()) || !visible.contains(n.x() + Layout.NODE_WIDTH, n.y() + Layout.NODE_HEIGHT)) {
            viewport.centreOn(new Point2D(n.x() + Layout.NODE_WIDTH / 2, n.y() + Layout.NODE_HEIGHT / 2), getWidth(), getHeight());
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        viewport.resize(w, h);
        hint.autosize();
        hint.relocate((w - hint.getWidth()) / 2, (h - hint.getHeight()) / 2);
        controls.autosize();
        controls.relocate(w - controls.getWidth() - 12, h - controls.getHeight() - 12);
        if (fitPending && w > 0 && h > 0) {
            fitPending = false;
            nodeLayer.applyCss();
            nodeLayer.layout();
            Bounds content = contentBounds();
            if (!content.isEmpty() && !viewport.visibleWorld(w, h).contains(content)) {
                zoomToFit();
            }
        }
    }

    /** Escape: drops any drag in progress and the selection. */
    void cancelGestures() {
        portDrag.cancel();
        nodeDrag.cancel();
        band.cancel();
        gestures.cancel();
        editor.clearSelection();
    }
}
