package org.layerlab.uitests.canvas;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.layerlab.app.canvas.CanvasView;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.app.canvas.PaletteView;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.OutputSpec;

import javax.imageio.ImageIO;
import java.io.File;

/**
 * Not a test: shows the palette and the canvas with a sample network at 1280 x 800 and writes a
 * screenshot, to judge how they look on a projector. Arguments, all optional but in order:
 * {@code out.png seconds tidy|none studio|full chain|gallery|empty [dragging]} ("studio" adds
 * stand-ins for the shell's tool bar and inspector; "dragging" shows a refused connection being
 * dragged). Window size: {@code -Dpreview.width=1280 -Dpreview.height=800}. Run it under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" java -Dprism.order=sw -cp ... CanvasPreview}.
 */
public final class CanvasPreview {

    private CanvasPreview() {
    }

    private static void fire(javafx.scene.Node target, javafx.event.EventType<javafx.scene.input.MouseEvent> type, double x, double y) {
        javafx.event.Event.fireEvent(target, new javafx.scene.input.MouseEvent(type, x, y, x, y,
                javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null));
    }

    /** Every kind of layer, with two branches joined by a Merge. */
    private static ModelGraph gallery() {
        ModelGraph g = ModelGraph.empty();
        String[][] nodes = {
                {"input_1", "input"}, {"dense_1", "dense"}, {"dense_2", "dense"}, {"dropout_1", "dropout"},
                {"gaussian_dropout_1", "gaussian_dropout"}, {"merge_1", "merge"}, {"dense_3", "dense"},
                {"layer_norm_1", "layer_norm"}, {"batch_norm_1", "batch_norm"}, {"activation_1", "activation"},
                {"gaussian_noise_1", "gaussian_noise"}, {"alpha_dropout_1", "alpha_dropout"}, {"output_1", "output"}};
        for (String[] n : nodes) {
            org.layerlab.engine.graph.LayerKind kind = org.layerlab.engine.graph.LayerKind.fromKey(n[1]);
            g = g.withNode(new Node(n[0], org.layerlab.engine.graph.LayerSpec.defaultsFor(kind), 100, 100));
        }
        String[][] edges = {{"input_1", "dense_1"}, {"input_1", "dense_2"}, {"dense_1", "dropout_1"},
                {"dense_2", "gaussian_dropout_1"}, {"dropout_1", "merge_1"}, {"gaussian_dropout_1", "merge_1"},
                {"merge_1", "dense_3"}, {"dense_3", "layer_norm_1"}, {"layer_norm_1", "batch_norm_1"},
                {"batch_norm_1", "activation_1"}, {"activation_1", "gaussian_noise_1"},
                {"gaussian_noise_1", "alpha_dropout_1"}, {"alpha_dropout_1", "output_1"}};
        for (String[] e : edges) {
            g = g.connect(e[0], e[1]);
        }
        return g;
    }

    public static void main(String[] args) {
        String out = args.length > 0 ? args[0] : "canvas-preview.png";
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            ModelGraph graph = ModelGraph.chain(new InputSpec(2), DenseSpec.of(16, Activation.RELU), new DropoutSpec(0.5),
                            DenseSpec.of(16, Activation.RELU), new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY))
                    .withNode(new Node("dense_3", DenseSpec.of(8, Activation.TANH), 480, 330));
            if (args.length > 4 && args[4].equals("gallery")) {
                graph = gallery();
            } else if (args.length > 4 && args[4].equals("empty")) {
                graph = ModelGraph.empty();
            }
            GraphEditor editor = new GraphEditor(graph);
            // What the studio's shell does: validate and infer shapes on every change.
            Runnable check = () -> {
                editor.problemsProperty().set(org.layerlab.engine.graph.GraphValidator.validate(editor.graph(),
                        new org.layerlab.engine.graph.DataShape("moons", 2, 2)));
                editor.shapesProperty().set(org.layerlab.engine.graph.ShapeInference.infer(editor.graph()));
            };
            editor.graphProperty().addListener(o -> check.run());
            check.run();
            System.out.println("problems: " + editor.problemsProperty().get());
            if (graph.node("dense_2").isPresent()) {
                editor.select("dense_2");
            }
            CanvasView canvas = new CanvasView(editor);
            PaletteView palette = new PaletteView(editor);
            BorderPane root = new BorderPane(canvas);
            root.setLeft(palette);
            if (args.length > 3 && args[3].equals("studio")) {
                // Stand-ins for the shell's inspector and tool bar, to judge the canvas at its real size.
                javafx.scene.control.Label inspector = new javafx.scene.control.Label("inspector (shell)");
                inspector.setPrefSize(300, 800);
                inspector.setStyle("-fx-background-color: #ffffff; -fx-border-color: #d0d7de; -fx-alignment: center;");
                root.setRight(inspector);
                javafx.scene.control.Label bar = new javafx.scene.control.Label("menus and tool bar (shell)");
                bar.setPrefSize(1280, 64);
                bar.setStyle("-fx-background-color: #eaeef2; -fx-alignment: center;");
                root.setTop(bar);
            }
            Stage stage = new Stage();
            stage.setScene(new Scene(root, Integer.getInteger("preview.width", 1280), Integer.getInteger("preview.height", 800)));
            stage.setTitle("LayerLab canvas preview");
            stage.show();
            if (args.length > 2 && args[2].equals("tidy")) {
                canvas.tidyUp();
            }
            if (args.length > 5 && args[5].equals("dragging")) {
                // A connection being dragged from dense_2's output onto input_1, which refuses it.
                javafx.application.Platform.runLater(() -> {
                    javafx.scene.Node port = stage.getScene().lookup("#node-dense_2 .output-port");
                    javafx.scene.Node target = stage.getScene().lookup("#node-input_1 .node-card");
                    javafx.geometry.Point2D from = port.localToScene(0, 0);
                    javafx.geometry.Bounds to = target.localToScene(target.getBoundsInLocal());
                    fire(port, javafx.scene.input.MouseEvent.MOUSE_PRESSED, from.getX(), from.getY());
                    fire(port, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, to.getCenterX(), to.getCenterY());
                });
            }
            double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 1.5;
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(seconds));
            settle.setOnFinished(done -> {
                WritableImage image = stage.getScene().snapshot(null);
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(out));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("cannot write " + out, e);
                } finally {
                    Platform.exit();
                }
            });
            settle.play();
        });
    }
}
