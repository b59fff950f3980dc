package org.layerlab.app.layereffect;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.layerlab.app.views.CsvTable;
import org.layerlab.app.views.LayerInfo;
import org.layerlab.app.views.LiveView;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.ViewFrame;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.train.LayerEffect;
import org.layerlab.engine.train.LatestValue;
import org.layerlab.engine.train.Mailbox;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Before / mask / after matrices of a chosen Dropout, noise or normalization node, refreshed at
 * most once a second while training, or on demand.
 */
public final class LayerEffectView extends ViewFrame implements LiveView {

    /** Kinds whose effect the engine publishes. */
    public static final Set<LayerKind> EFFECT_KINDS = EnumSet.of(LayerKind.DROPOUT, LayerKind.GAUSSIAN_NOISE,
            LayerKind.GAUSSIAN_DROPOUT, LayerKind.ALPHA_DROPOUT, LayerKind.BATCH_NORM, LayerKind.LAYER_NORM);

    private static final long ONE_SECOND = 1_000_000_000L;

    private final LayerEffectModel model = new LayerEffectModel();
    private final EffectCanvas canvas = new EffectCanvas(model);
    private final ComboBox<String> chooser = new ComboBox<>();
    private final Button refresh = new Button("Refresh");
    private final Label headline = new Label();
    private final Label inference = new Label("At inference the layer is inactive: after = before.");
    private final Label note = new Label();
    private final RefreshThrottle throttle = new RefreshThrottle(ONE_SECOND);
    private final LongSupplier clock;
    private Map<String, LayerInfo> infos = Map.of();
    private Consumer<String> onRefresh = id -> { };
    private Mailbox mailbox;

    public LayerEffectView() {
        this(System::nanoTime);
    }

    /** With the clock the refresh throttle reads (tests pass a fake one). */
    LayerEffectView(LongSupplier clock) {
        super("Before and after", "layer-effect");
        this.clock = clock;
        chooser.setPromptText("choose a layer");
        chooser.setTooltip(new Tooltip("The Dropout, noise or normalization layer to look into"));
        chooser.valueProperty().addListener((o, was, now) -> {
            model.clear();
            throttle.request();
            update();
        });
        refresh.setTooltip(new Tooltip("Show fresh matrices now; on a paused or finished run, as the layer works at "
                + "inference (nothing dropped, after = before)"));
        refresh.setOnAction(e -> {
            throttle.request();
            if (chooser.getValue() != null) {
                onRefresh.accept(chooser.getValue());
            }
        });
        addTools(chooser, refresh);
        headline.getStyleClass().add("view-note");
        for (Label label : new Label[] {headline, note, inference}) {
            label.setWrapText(true);
            // Keep every wrapped line: the matrices shrink instead of the sentences.
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        inference.getStyleClass().add("view-warning");
        note.getStyleClass().add("view-note");
        VBox.setVgrow(canvas, Priority.ALWAYS);
        // Read top-down: what the layer is, how to read it, then the matrices.
        VBox content = new VBox(6, headline, note, inference, canvas);
        content.setStyle("-fx-padding: 10 12 10 12;");
        setCenter(content);
        update();
    }

    /** Offers the graph's Dropout, noise and normalization nodes in the chooser, keeping the choice if it remains. */
    public void setGraph(ModelGraph graph) {
        infos = LayerInfo.of(graph);
        setEffectNodes(graph.topologicalOrder().orElse(graph.nodes()).stream()
                .filter(n -> EFFECT_KINDS.contains(n.kind())).map(n -> n.id()).toList());
    }

    /** The node ids to choose from (the first is chosen when the current choice is gone). */
    public void setEffectNodes(List<String> ids) {
        String current = chooser.getValue();
        chooser.getItems().setAll(ids);
        if (current == null || !ids.contains(current)) {
            chooser.setValue(ids.isEmpty() ? null : ids.get(0));
        }
        update();
    }

    /** Chooses the node to show (the canvas's selection can drive this). */
    public void choose(String nodeId) {
        chooser.setValue(nodeId);
    }

    public String chosen() {
        return chooser.getValue();
    }

    /** Called with the chosen node id when the user presses Refresh, so the shell can ask the run for fresh matrices. */
    public void setOnRefresh(Consumer<String> action) {
        this.onRefresh = action == null ? id -> { } : action;
    }

    @Override
    public void drain(Mailbox next) {
        if (next != mailbox) {
            model.clear();
            mailbox = next;
            throttle.request();
            update();
        }
        String id = chooser.getValue();
        long now = clock.getAsLong();
        if (next == null || id == null || !throttle.due(now)) {
            canvas.flush();
            return;
        }
        LatestValue<LayerEffect> slot = next.effect(id);
        LayerEffect effect = slot.take();
        if (effect == null && throttle.isRequested() && !model.hasEffect()) {
            effect = slot.peek();
        }
        if (effect != null) {
            try {
                model.show(effect);
            } catch (IllegalArgumentException ex) {
                // A malformed snapshot must not stop the window's timer: say what is wrong instead.
                model.clear();
                throttle.shown(now);
                update();
                headline.setText("Cannot show " + id + ": " + ex.getMessage());
                return;
            }
            throttle.shown(now);
            update();
        } else if (throttle.isRequested() && model.hasEffect()) {
            throttle.served();
        }
        canvas.flush();
    }

    @Override
    public void clear() {
        model.clear();
        mailbox = null;
        throttle.request();
        update();
    }

    public LayerEffectModel model() {
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

    private void update() {
        boolean none = chooser.getItems().isEmpty();
        chooser.setDisable(none);
        canvas.setEmptyMessage(none ? "" : mailbox == null ? "No matrices yet: press Train or Step batch"
                : "No matrices yet: press Refresh");
        // Without a run there is nothing to refresh from.
        refresh.setDisable(none || mailbox == null);
        if (!model.hasEffect()) {
            headline.setText(none
                    ? "This network has no Dropout, noise or normalization layer: add one on the canvas to see what it does."
                    : "Rows are samples of a small batch, columns are units.");
            show(inference, false);
            note.setText("");
        } else {
            LayerEffect e = model.effect();
            headline.setText(headline(e));
            show(inference, !e.training());
            note.setText(e.note());
        }
        canvas.markDirty();
        canvas.flush();
    }

    private String headline(LayerEffect e) {
        LayerInfo info = infos.getOrDefault(e.nodeId(), LayerInfo.unknown(e.nodeId()));
        String name = info.summary().isEmpty() ? e.nodeId() + " · " + e.kind().displayName() : info.title();
        String mode = e.training() ? "training mode" : "inference mode";
        String shape = model.rows() + " samples × " + model.cols() + " units";
        if (e.training() && e.kind() == LayerKind.DROPOUT && e.mask() != null) {
            double rate = model.impliedRate();
            if (Double.isNaN(rate)) {
                return name + " · " + mode + " · " + shape + ": every value was dropped";
            }
            return name + " · " + mode + " · " + shape + "\n" + Numbers.percent(model.droppedShare())
                    + " of the values dropped (grey); the kept ones are scaled by 1/(1 − " + Numbers.fixed(rate, 2)
                    + ") = ×" + Numbers.fixed(1 / (1 - rate), 2) + " so the expected sum stays the same";
        }
        if (e.kind() == LayerKind.BATCH_NORM) {
            return name + " · " + mode + " · " + shape + "\nμ and σ under each column are over the " + model.rows()
                    + " rows shown; the layer normalises each unit over its whole batch";
        }
        if (e.kind() == LayerKind.LAYER_NORM) {
            return name + " · " + mode + " · " + shape + "\nμ and σ beside each row are over the " + model.cols()
                    + " units shown; the layer normalises each sample over all its units";
        }
        return name + " · " + mode + " · " + shape;
    }

    private static void show(Label label, boolean visible) {
        label.setVisible(visible);
        label.setManaged(visible);
    }
}
