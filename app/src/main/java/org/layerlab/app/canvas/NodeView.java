package org.layerlab.app.canvas;

import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.NodeShape;

import java.util.List;
import java.util.Locale;

/**
 * One node on the canvas: a rounded card with the kind's badge, the key settings, the output shape
 * and the parameter count, an input port on the left and an output port on the right. It only
 * shows state; {@link CanvasView} gives it its gestures.
 */
final class NodeView extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");
    static final double PORT_RADIUS = 7;
    private static final double PROBLEM_MIN_WIDTH = 240;

    private final String id;
    private final HBox card = new HBox();
    private final Label title = new Label();
    private final Label settings = new Label();
    private final Label outputShape = new Label();
    private final Label parameters = new Label();
    private final Label warning = new Label("!");
    private final Label problem = new Label();
    private final Circle inputPort = new Circle(PORT_RADIUS);
    private final Circle outputPort = new Circle(PORT_RADIUS);
    private final Tooltip tooltip = new Tooltip();
    private Node node;
    private NodeShape shape;
    private List<String> problems = List.of();

    NodeView(Node node) {
        this.id = node.id();
        setId("node-" + id);
        setUserData(id);
        getStyleClass().add("graph-node");

        title.getStyleClass().add("node-title");
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        settings.getStyleClass().add("node-settings");
        settings.setTextOverrun(OverrunStyle.ELLIPSIS);
        outputShape.getStyleClass().addAll("node-details", "node-shape");
        parameters.getStyleClass().addAll("node-details", "node-params");
        // One fact per line keeps the cards narrow, so a chain of layers fits across the canvas.
        VBox text = new VBox(title, settings, outputShape, parameters);
        text.getStyleClass().add("node-text");
        card.getChildren().addAll(Glyphs.badge(node.kind(), 28), text);
        card.getStyleClass().addAll("node-card", LayerRole.of(node.kind()).styleClass());

        warning.getStyleClass().add("node-warning");
        warning.setVisible(false);
        warning.setMouseTransparent(true);
        problem.getStyleClass().add("node-problem");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.setMouseTransparent(true);

        inputPort.getStyleClass().addAll("port", "input-port");
        outputPort.getStyleClass().addAll("port", "output-port");
        inputPort.setVisible(node.kind() != LayerKind.INPUT);
        outputPort.setVisible(node.kind() != LayerKind.OUTPUT);

        tooltip.getStyleClass().add("node-tooltip");
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(card, tooltip);

        getChildren().addAll(card, problem, inputPort, outputPort, warning);
        update(node);
    }

    String nodeId() {
        return id;
    }

    Node node() {
        return node;
    }

    Region card() {
        return card;
    }

    Circle inputPort() {
        return inputPort;
    }

    Circle outputPort() {
        return outputPort;
    }

    /** Shows a new version of the node: position and settings; a no-op if nothing changed. */
    void update(Node newNode) {
        if (newNode.equals(node)) {
            return;
        }
        boolean specChanged = node == null || !node.spec().equals(newNode.spec());
        node = newNode;
        relocate(newNode.x(), newNode.y());
        if (specChanged) {
            String[] parts = splitSummary(newNode.spec().summary());
            title.setText(parts[0]);
            settings.setText(parts[1].isEmpty() ? normalizedOver(newNode.kind()) : parts[1]);
            card.setAccessibleText(newNode.spec().summary());
            refreshText();
        }
    }

    void setShape(NodeShape newShape) {
        if (!java.util.Objects.equals(shape, newShape)) {
            shape = newShape;
            refreshText();
        }
    }

    /** The validator's messages for this node; any message makes the node :invalid. */
    void setProblems(List<String> messages) {
        if (messages.equals(problems)) {
            return;
        }
        problems = List.copyOf(messages);
        boolean invalid = !problems.isEmpty();
        pseudoClassStateChanged(INVALID, invalid);
        warning.setVisible(invalid);
        problem.setVisible(invalid);
        problem.setText(invalid ? problems.get(0) + (problems.size() > 1 ? "  (+" + (problems.size() - 1) + " more)" : "") : "");
        refreshText();
    }

    List<String> problems() {
        return problems;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** Marks the node under a connection being dragged: accepted, refused, or neither. */
    void setDropState(boolean target, boolean refused) {
        pseudoClassStateChanged(DROP_TARGET, target && !refused);
        pseudoClassStateChanged(DROP_REFUSED, target && refused);
    }

    /** Where an incoming connection ends, in the coordinates of the layer holding the nodes. */
    Point2D inputPoint() {
        return new Point2D(getLayoutX(), getLayoutY() + getHeight() / 2);
    }

    /** Where an outgoing connection starts, in the coordinates of the layer holding the nodes. */
    Point2D outputPoint() {
        return new Point2D(getLayoutX() + getWidth(), getLayoutY() + getHeight() / 2);
    }

    private void refreshText() {
        String shapeText = shape == null ? "(None, ?)" : "(None, " + shape.outputSize() + ")";
        outputShape.setText(shapeText);
        parameters.setText(shape == null ? "? params" : params(shape.parameters()));
        StringBuilder tip = new StringBuilder(id).append(" · ").append(node.kind().displayName())
                .append('\n').append(node.spec().summary()).append("\nOutput ").append(shapeText);
        if (shape != null) {
            tip.append(", ").append(params(shape.parameters()));
            if (shape.trainableParameters() != shape.parameters()) {
                tip.append(" (").append(String.format(Locale.ROOT, "%,d", shape.trainableParameters())).append(" trainable)");
            }
        }
        for (String message : problems) {
            tip.append("\n⚠ ").append(message);
        }
        tooltip.setText(tip.toString());
    }

    /** "Dense 16 · relu" -> {"Dense", "16 · relu"}; "Activation · tanh" -> {"Activation", "tanh"}. */
    static String[] splitSummary(String summary) {
        int space = summary.indexOf(' ');
        if (space < 0) {
            return new String[] {summary, ""};
        }
        String rest = summary.substring(space + 1).trim();
        if (rest.startsWith("·")) {
            rest = rest.substring(1).trim();
        }
        return new String[] {summary.substring(0, space), rest};
    }

    /** The normalizations have no setting worth a line; say what they normalize over instead. */
    private static String normalizedOver(LayerKind kind) {
        return switch (kind) {
            case BATCH_NORM -> "over the batch";
            case LAYER_NORM -> "over the units";
            default -> "";
        };
    }

    static String params(long count) {
        return String.format(Locale.ROOT, "%,d", count) + (count == 1 ? " param" : " params");
    }

    @Override
    protected double computePrefWidth(double height) {
        return card.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return card.prefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        card.resizeRelocate(0, 0, w, h);
        inputPort.setCenterX(0);
        inputPort.setCenterY(h / 2);
        outputPort.setCenterX(w);
        outputPort.setCenterY(h / 2);
        warning.autosize();
        warning.relocate(w - warning.getWidth() * 0.6, -warning.getHeight() * 0.4);
        // The message may be a little wider than a narrow card, so it needs fewer lines.
        double pw = Math.max(w, PROBLEM_MIN_WIDTH);
        problem.resizeRelocate(0, h + 6, pw, problem.prefHeight(pw));
    }
}
