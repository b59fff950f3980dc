package org.layerlab.app.canvas;

import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.ModelGraph;

import java.util.Map;

/**
 * The palette of layer kinds, grouped by role, each with its badge and a tooltip explaining the
 * concept. Drag an entry onto the canvas to place a node there; double-click it (or press Enter)
 * to add one at a free spot.
 */
public final class PaletteView extends VBox {

    /** What a palette entry carries in a drag: the {@link LayerKind#key()}. */
    public static final DataFormat LAYER_KIND = dataFormat("application/x-layerlab-layer-kind");

    /** Palette order: grouped by role, commonest first within a group. */
    private static final LayerKind[] ORDER = {
            LayerKind.INPUT, LayerKind.OUTPUT,
            LayerKind.DENSE,
            LayerKind.DROPOUT, LayerKind.GAUSSIAN_NOISE, LayerKind.GAUSSIAN_DROPOUT, LayerKind.ALPHA_DROPOUT,
            LayerKind.BATCH_NORM, LayerKind.LAYER_NORM,
            LayerKind.ACTIVATION,
            LayerKind.MERGE,
    };

    private final GraphEditor editor;

    public PaletteView(GraphEditor editor) {
        this.editor = editor;
        getStyleClass().add("layer-palette");
        getStylesheets().add(PaletteView.class.getResource("canvas.css").toExternalForm());
        Label title = new Label("Layers");
        title.getStyleClass().add("palette-title");
        Label help = new Label("Drag onto the canvas, or double-click");
        help.getStyleClass().add("palette-help");
        help.setWrapText(true);
        getChildren().addAll(title, help);
        LayerRole shown = null;
        for (LayerKind kind : ORDER) {
            LayerRole role = LayerRole.of(kind);
            if (role != shown) {
                Label heading = new Label(role.title());
                heading.getStyleClass().add("palette-group");
                getChildren().add(heading);
                shown = role;
            }
            getChildren().add(entry(kind));
        }
    }

    private HBox entry(LayerKind kind) {
        Label name = new Label(kind.displayName());
        name.getStyleClass().add("palette-name");
        HBox entry = new HBox(Glyphs.badge(kind, 28), name);
        entry.setId("palette-" + kind.key());
        entry.getStyleClass().add("palette-entry");
        entry.setUserData(kind);
        entry.setFocusTraversable(true);

        Tooltip tip = new Tooltip(kind.displayName() + "\n" + LayerRole.explain(kind));
        tip.getStyleClass().add("layer-tooltip");
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setShowDelay(Duration.millis(350));
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(entry, tip);

        entry.setOnDragDetected(e -> {
            // The explanation would only sit in the way of the drop (and of the drag's window tracking).
            tip.hide();
            Tooltip.uninstall(entry, tip);
            Dragboard board = entry.startDragAndDrop(TransferMode.COPY);
            board.setContent(Map.of(LAYER_KIND, kind.key()));
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            board.setDragView(entry.snapshot(params, null), 20, 18);
            e.consume();
        });
        entry.setOnDragDone(e -> Tooltip.install(entry, tip));
        entry.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                add(kind);
                e.consume();
            }
        });
        entry.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> entry.requestFocus());
        entry.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                add(kind);
                e.consume();
            }
        });
        return entry;
    }

    private void add(LayerKind kind) {
        // Right of the selected node if there is one; the canvas pans to the new node if it is off screen.
        ModelGraph graph = editor.graph();
        double[] spot = Layout.freeSpot(graph, editor.primarySelectionProperty().get());
        editor.addNode(kind, spot[0], spot[1]);
    }

    private static DataFormat dataFormat(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
