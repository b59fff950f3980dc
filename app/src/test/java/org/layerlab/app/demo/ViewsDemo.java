package org.layerlab.app.demo;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.layerlab.app.charts.LossAccuracyView;
import org.layerlab.app.views.ViewExport;
import org.layerlab.engine.train.EarlyStopping;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.Mailbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * A throwaway look at the views: fills each with synthetic snapshots (only for looking, never
 * shipped) and writes PNGs. Run under Xvfb from the repository root:
 * <pre>
 * mvn -B -o -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1280x800x24" java -Dprism.order=sw [-Donly=loss,hist,boundary,effect,grad,summary,empty] \
 *     -cp "app/target/classes:app/target/test-classes:$(cat /tmp/cp.txt)" org.layerlab.app.demo.ViewsDemo /tmp/views-demo
 * </pre>
 */
public final class ViewsDemo {

    private ViewsDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/views-demo");
        Files.createDirectories(out);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                run(out);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run(Path out) throws Exception {
        String only = System.getProperty("only", "");
        if (only.isEmpty() || only.contains("loss")) {
            lossOverfitting(out);
            lossLongLog(out);
        }
        if (only.isEmpty() || only.contains("hist")) {
            histograms(out);
        }
        if (only.isEmpty() || only.contains("boundary")) {
            boundary(out);
        }
        if (only.isEmpty() || only.contains("effect")) {
            effects(out);
        }
        if (only.isEmpty() || only.contains("empty")) {
            empty(out);
        }
        if (only.isEmpty() || only.contains("summary")) {
            summary(out);
        }
        if (only.isEmpty() || only.contains("grad")) {
            gradients(out, true);
            gradients(out, false);
        }
    }

    static void gradients(Path out, boolean sigmoid) throws Exception {
        Random r = new Random(6);
        String[] ids = {"dense_1", "dense_2", "dense_3", "dense_4", "dense_5", "output_1"};
        org.layerlab.app.gradients.GradientFlowView view = new org.layerlab.app.gradients.GradientFlowView();
        Mailbox mailbox = new Mailbox();
        shoot(view, 1100, 760, out.resolve(sigmoid ? "gradients-sigmoid.png" : "gradients-relu.png"), () -> {
            for (int t = 0; t < 3000; t++) {
                java.util.List<org.layerlab.engine.train.LayerGradients> layers = new java.util.ArrayList<>();
                for (int l = 0; l < ids.length; l++) {
                    double depth = ids.length - 1 - l;
                    double scale = sigmoid ? Math.pow(0.22, depth) : Math.pow(0.85, depth);
                    double norm = 0.5 * scale * Math.exp(-t / 1500.0) * Math.exp(0.3 * r.nextGaussian());
                    layers.add(new org.layerlab.engine.train.LayerGradients(ids[l], norm, 2e-3 * scale
                            * Math.exp(0.2 * r.nextGaussian())));
                }
                mailbox.gradients().publish(new org.layerlab.engine.train.GradientsSnapshot(t / 25, t, layers));
                view.drain(mailbox);
            }
        });
    }

    /** Every view before a run, and the loss chart of a regression run. */
    static void empty(Path out) throws Exception {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        org.layerlab.app.views.ViewFrame[] views = {new LossAccuracyView(),
            new org.layerlab.app.histograms.HistogramsView(), new org.layerlab.app.boundary.DecisionBoundaryView(),
            new org.layerlab.app.layereffect.LayerEffectView(), new org.layerlab.app.gradients.GradientFlowView(),
            new org.layerlab.app.summary.ModelSummaryView()};
        for (int i = 0; i < views.length; i++) {
            views[i].setPrefSize(640, 400);
            grid.add(views[i], i % 3, i / 3);
        }
        shoot(grid, 1920, 800, out.resolve("empty.png"), () -> { });
        LossAccuracyView view = new LossAccuracyView();
        Mailbox mailbox = new Mailbox();
        for (int e = 1; e <= 200; e++) {
            mailbox.appendMetrics(new EpochMetrics(e, e, 0.05 + Math.exp(-e / 30.0), Double.NaN,
                    0.07 + Math.exp(-e / 30.0), Double.NaN, 0.01, e));
        }
        shoot(view, 900, 500, out.resolve("loss-regression.png"), () -> view.drain(mailbox));
    }

    static void summary(Path out) throws Exception {
        org.layerlab.app.summary.ModelSummaryView view = new org.layerlab.app.summary.ModelSummaryView();
        org.layerlab.engine.graph.ModelGraph graph = org.layerlab.engine.graph.ModelGraph.chain(
                new org.layerlab.engine.graph.InputSpec(784),
                org.layerlab.engine.graph.DenseSpec.of(512, org.layerlab.engine.graph.Activation.RELU),
                org.layerlab.engine.graph.BatchNormSpec.defaults(),
                new org.layerlab.engine.graph.DropoutSpec(0.5),
                new org.layerlab.engine.graph.OutputSpec(10, org.layerlab.engine.graph.Activation.SOFTMAX,
                        org.layerlab.engine.graph.Loss.CATEGORICAL_CROSSENTROPY));
        graph = graph.withNode(new org.layerlab.engine.graph.Node("dense_9",
                org.layerlab.engine.graph.DenseSpec.of(16, org.layerlab.engine.graph.Activation.RELU), 0, 0));
        org.layerlab.engine.graph.ModelGraph shown = graph;
        shoot(view, 760, 420, out.resolve("summary-mnist.png"), () -> view.setGraph(shown));
    }

    static void effects(Path out) throws Exception {
        Random r = new Random(5);
        double[][] before = new double[8][8];
        double[][] mask = new double[8][8];
        double[][] after = new double[8][8];
        double[][] noise = new double[8][8];
        double[][] noisy = new double[8][8];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                before[i][j] = Math.max(0, 0.6 * r.nextGaussian() + 0.4);
                mask[i][j] = r.nextBoolean() ? 2.0 : 0.0;
                after[i][j] = before[i][j] * mask[i][j];
                noise[i][j] = 0.1 * r.nextGaussian();
                noisy[i][j] = before[i][j] + noise[i][j];
            }
        }
        org.layerlab.engine.graph.ModelGraph graph = org.layerlab.engine.graph.ModelGraph.chain(
                new org.layerlab.engine.graph.InputSpec(2),
                org.layerlab.engine.graph.DenseSpec.of(8, org.layerlab.engine.graph.Activation.RELU),
                new org.layerlab.engine.graph.DropoutSpec(0.5),
                new org.layerlab.engine.graph.GaussianNoiseSpec(0.1),
                new org.layerlab.engine.graph.AlphaDropoutSpec(0.1),
                org.layerlab.engine.graph.BatchNormSpec.defaults(),
                new org.layerlab.engine.graph.LayerNormSpec(),
                new org.layerlab.engine.graph.OutputSpec(2, org.layerlab.engine.graph.Activation.SOFTMAX,
                        org.layerlab.engine.graph.Loss.CATEGORICAL_CROSSENTROPY));
        org.layerlab.engine.graph.LayerKind K = null;
        Object[][] cases = {
            {"dropout_1", org.layerlab.engine.graph.LayerKind.DROPOUT, true, mask, after,
                "Each value is dropped with probability 0.5 (the rate); the kept ones are multiplied by 1/(1 − 0.5) = 2, so the expected sum stays the same.", 1100.0},
            {"dropout_1", org.layerlab.engine.graph.LayerKind.DROPOUT, true, mask, after, "Narrow: stacked.", 640.0},
            {"dropout_1", org.layerlab.engine.graph.LayerKind.DROPOUT, false, null, before,
                "At test time the activation matrix is unchanged.", 1100.0},
            {"alpha_dropout_1", org.layerlab.engine.graph.LayerKind.ALPHA_DROPOUT, true, keep(mask), alpha(before, mask),
                "AlphaDropout sets dropped values to SELU's negative saturation and rescales all to keep mean and variance.", 1100.0},
            {"gaussian_noise_1", org.layerlab.engine.graph.LayerKind.GAUSSIAN_NOISE, true, noise, noisy,
                "Gaussian noise with standard deviation 0.1 is added to every value, only while training.", 1100.0},
            {"batch_norm_1", org.layerlab.engine.graph.LayerKind.BATCH_NORM, true, null, normalize(before, false),
                "Each unit (column) is normalized over the batch to mean 0 and standard deviation 1, then scaled by γ and shifted by β.", 1100.0},
            {"layer_norm_1", org.layerlab.engine.graph.LayerKind.LAYER_NORM, true, null, normalize(before, true),
                "Each sample (row) is normalized over its units to mean 0 and standard deviation 1.", 1100.0},
        };
        int k = 0;
        for (Object[] c : cases) {
            org.layerlab.app.layereffect.LayerEffectView view = new org.layerlab.app.layereffect.LayerEffectView();
            Mailbox mailbox = new Mailbox();
            String id = (String) c[0];
            mailbox.effect(id).publish(new org.layerlab.engine.train.LayerEffect(id,
                    (org.layerlab.engine.graph.LayerKind) c[1], (Boolean) c[2], before, (double[][]) c[3],
                    (double[][]) c[4], (String) c[5]));
            double width = (Double) c[6];
            shoot(view, width, width > 1000 ? 560 : 1200, out.resolve("effect-" + (k++) + "-" + id + ".png"), () -> {
                view.setGraph(graph);
                view.choose(id);
                view.drain(mailbox);
            });
        }
    }

    static double[][] keep(double[][] mask) {
        double[][] k = new double[mask.length][mask[0].length];
        for (int i = 0; i < mask.length; i++) {
            for (int j = 0; j < mask[0].length; j++) {
                k[i][j] = mask[i][j] == 0 ? 0 : 1;
            }
        }
        return k;
    }

    static double[][] alpha(double[][] before, double[][] mask) {
        double[][] a = new double[before.length][before[0].length];
        for (int i = 0; i < before.length; i++) {
            for (int j = 0; j < before[0].length; j++) {
                a[i][j] = mask[i][j] == 0 ? 0.6 * -1.7581 + 0.2 : 0.6 * before[i][j] + 0.2;
            }
        }
        return a;
    }

    static double[][] normalize(double[][] m, boolean perRow) {
        double[][] out = new double[m.length][m[0].length];
        double[][] s = org.layerlab.app.layereffect.LayerEffectModel.stats(m, perRow);
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                int k = perRow ? i : j;
                out[i][j] = (m[i][j] - s[0][k]) / Math.sqrt(s[1][k] * s[1][k] + 1e-3);
            }
        }
        return out;
    }

    static void boundary(Path out) throws Exception {
        Random r = new Random(4);
        int n = 200;
        double[][] xy = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double t = Math.PI * r.nextDouble();
            labels[i] = i % 2;
            xy[i] = labels[i] == 0
                    ? new double[] {Math.cos(t) + 0.15 * r.nextGaussian(), Math.sin(t) + 0.15 * r.nextGaussian()}
                    : new double[] {1 - Math.cos(t) + 0.15 * r.nextGaussian(), 0.5 - Math.sin(t) + 0.15 * r.nextGaussian()};
        }
        double[][] val = java.util.Arrays.copyOfRange(xy, 0, 40);
        int[] valLabels = java.util.Arrays.copyOfRange(labels, 0, 40);
        org.layerlab.engine.train.DecisionSurface surface = softNearest(xy, labels, 2, 100, 100, -1.6, 2.6, -1.2, 1.7);
        org.layerlab.app.boundary.DecisionBoundaryView view = new org.layerlab.app.boundary.DecisionBoundaryView();
        Mailbox mailbox = new Mailbox();
        shoot(view, 1000, 640, out.resolve("boundary-moons.png"), () -> {
            view.setPoints(java.util.Arrays.copyOfRange(xy, 40, n), java.util.Arrays.copyOfRange(labels, 40, n), false);
            view.setPoints(val, valLabels, true);
            view.setShowValidation(true);
            mailbox.surface().publish(surface);
            view.drain(mailbox);
            hover(view.getCenter(), 420, 260);
        });
        // Three blobs, hard regions.
        double[][] blobs = new double[150][];
        int[] blobLabels = new int[150];
        double[][] centres = {{-1, 0}, {1, 1}, {1, -1}};
        for (int i = 0; i < 150; i++) {
            blobLabels[i] = i % 3;
            blobs[i] = new double[] {centres[i % 3][0] + 0.5 * r.nextGaussian(), centres[i % 3][1] + 0.5 * r.nextGaussian()};
        }
        org.layerlab.app.boundary.DecisionBoundaryView blobView = new org.layerlab.app.boundary.DecisionBoundaryView();
        Mailbox blobMail = new Mailbox();
        shoot(blobView, 1000, 640, out.resolve("boundary-blobs.png"), () -> {
            blobView.setPoints(blobs, blobLabels, false);
            blobView.setClassNames(java.util.List.of("setosa", "versicolor", "virginica"));
            blobMail.surface().publish(softNearest(blobs, blobLabels, 3, 100, 100, -3, 3, -2.5, 2.5));
            blobView.drain(blobMail);
        });
        org.layerlab.app.boundary.DecisionBoundaryView curveView = new org.layerlab.app.boundary.DecisionBoundaryView();
        Mailbox curveMail = new Mailbox();
        double[][] pts = new double[80][];
        for (int i = 0; i < 80; i++) {
            double x = -3 + 6 * r.nextDouble();
            pts[i] = new double[] {x, Math.sin(x) + 0.2 * r.nextGaussian()};
        }
        double[] cx = new double[200];
        double[] cy = new double[200];
        for (int i = 0; i < 200; i++) {
            cx[i] = -3 + 6 * i / 199.0;
            cy[i] = 0.9 * Math.sin(cx[i]) + 0.05 * cx[i];
        }
        shoot(curveView, 1000, 640, out.resolve("boundary-regression.png"), () -> {
            curveView.setPoints(pts, null, false);
            curveMail.curve().publish(new org.layerlab.engine.train.FittedCurve(120, cx, cy));
            curveView.drain(curveMail);
        });
        shoot(blobView, 1000, 640, out.resolve("boundary-blobs-discrete.png"), () -> blobView.setDiscretize(true));
    }

    /** A smooth stand-in for a trained classifier: softmax of minus the distance to each class's nearest points. */
    static org.layerlab.engine.train.DecisionSurface softNearest(double[][] xy, int[] labels, int classes, int rows,
                                                                int cols, double x0, double x1, double y0, double y1) {
        double[] p = new double[rows * cols * classes];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                double x = x0 + (col + 0.5) * (x1 - x0) / cols;
                double y = y1 - (row + 0.5) * (y1 - y0) / rows;
                double[] d = new double[classes];
                java.util.Arrays.fill(d, Double.MAX_VALUE);
                for (int i = 0; i < xy.length; i++) {
                    double dd = Math.hypot(xy[i][0] - x, xy[i][1] - y);
                    d[labels[i]] = Math.min(d[labels[i]], dd);
                }
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    sum += Math.exp(-6 * d[c]);
                }
                for (int c = 0; c < classes; c++) {
                    p[(row * cols + col) * classes + c] = Math.exp(-6 * d[c]) / sum;
                }
            }
        }
        return new org.layerlab.engine.train.DecisionSurface(37, rows, cols, classes, x0, x1, y0, y1, p);
    }

    /** A graph like the vanishing-gradient slides: sigmoid layers, one ReLU layer, a softmax output. */
    static org.layerlab.engine.graph.ModelGraph demoGraph() {
        return org.layerlab.engine.graph.ModelGraph.chain(
                new org.layerlab.engine.graph.InputSpec(2),
                org.layerlab.engine.graph.DenseSpec.of(16, org.layerlab.engine.graph.Activation.SIGMOID),
                org.layerlab.engine.graph.DenseSpec.of(16, org.layerlab.engine.graph.Activation.SIGMOID),
                org.layerlab.engine.graph.DenseSpec.of(16, org.layerlab.engine.graph.Activation.RELU),
                new org.layerlab.engine.graph.OutputSpec(2, org.layerlab.engine.graph.Activation.SOFTMAX,
                        org.layerlab.engine.graph.Loss.CATEGORICAL_CROSSENTROPY));
    }

    static void histograms(Path out) throws Exception {
        org.layerlab.app.histograms.HistogramsView view = new org.layerlab.app.histograms.HistogramsView();
        Mailbox mailbox = new Mailbox();
        Random r = new Random(3);
        shoot(view, 1280, 800, out.resolve("histograms.png"), () -> {
            view.setGraph(demoGraph());
            for (int t = 0; t < 260; t++) {
                mailbox.activations().publish(activations(t, r));
                view.drain(mailbox);
            }
        });
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) view.getCenter();
        shoot(view, 1280, 800, out.resolve("histograms-weights.png"), () -> tabs.getSelectionModel().select(1));
    }

    static org.layerlab.engine.train.ActivationsSnapshot activations(int t, Random r) {
        java.util.List<org.layerlab.engine.train.LayerActivations> layers = new java.util.ArrayList<>();
        String[] ids = {"dense_1", "dense_2", "dense_3", "output_1"};
        for (int l = 0; l < ids.length; l++) {
            float[] values = new float[512];
            float[] weights = new float[l == 0 ? 32 : 256];
            double spread = 0.6 + t * (l == 0 ? 0.025 : 0.012);
            for (int i = 0; i < values.length; i++) {
                double z = r.nextGaussian() * spread + (l == 2 ? 0.8 - t * 0.006 : 0);
                values[i] = (float) switch (l) {
                    case 0, 1 -> 1 / (1 + Math.exp(-z));
                    case 2 -> Math.max(0, z);
                    default -> 1 / (1 + Math.exp(-2 * z));
                };
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) (r.nextGaussian() * (0.3 + t * 0.003));
            }
            double mean = 0;
            double zeros = 0;
            for (float v : values) {
                mean += v;
                zeros += v == 0 ? 1 : 0;
            }
            mean /= values.length;
            double var = 0;
            for (float v : values) {
                var += (v - mean) * (v - mean);
            }
            layers.add(new org.layerlab.engine.train.LayerActivations(ids[l],
                    org.layerlab.engine.train.Histogram.of(values, 30), mean, Math.sqrt(var / values.length),
                    zeros / values.length, org.layerlab.engine.train.Histogram.of(weights, 30)));
        }
        return new org.layerlab.engine.train.ActivationsSnapshot(t / 5, t * 10L, layers);
    }

    static void shoot(Parent root, double w, double h, Path file, Runnable fill) throws Exception {
        Stage stage = new Stage();
        stage.setScene(new Scene(root, w, h));
        stage.show();
        root.applyCss();
        root.layout();
        fill.run();
        root.applyCss();
        root.layout();
        ViewExport.savePng(root, file);
        stage.close();
        stage.getScene().setRoot(new javafx.scene.Group());
        System.out.println("wrote " + file);
    }

    static void lossOverfitting(Path out) throws Exception {
        LossAccuracyView view = new LossAccuracyView();
        Mailbox mailbox = new Mailbox();
        Random r = new Random(1);
        for (int e = 1; e <= 56; e++) {
            mailbox.appendMetrics(epoch(e, r));
        }
        shoot(view, 900, 700, out.resolve("loss-overfitting.png"), () -> {
            view.setEarlyStopping(EarlyStopping.patience(15));
            view.drain(mailbox);
            javafx.scene.Node loss = ((javafx.scene.layout.VBox) view.getCenter()).getChildren().get(0);
            hover(loss, 560, 150);
        });
    }

    static void lossLongLog(Path out) throws Exception {
        LossAccuracyView view = new LossAccuracyView();
        Mailbox mailbox = new Mailbox();
        Random r = new Random(2);
        for (int e = 1; e <= 3000; e++) {
            mailbox.appendMetrics(epoch(e, r));
        }
        shoot(view, 900, 700, out.resolve("loss-3000-log.png"), () -> {
            view.drain(mailbox);
            ((javafx.scene.control.ToggleButton) view.lookup(".toggle-button")).setSelected(true);
        });
    }

    static void hover(javafx.scene.Node node, double x, double y) {
        javafx.event.Event.fireEvent(node, new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_MOVED,
                x, y, x, y, javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false, false,
                false, false, false, null));
    }

    /** Train loss falls steadily; validation falls until about epoch 40, then rises: overfitting. */
    static EpochMetrics epoch(int e, Random r) {
        double train = 0.08 + 0.6 * Math.exp(-e / 12.0) + 0.01 * r.nextGaussian() * Math.exp(-e / 200.0);
        double val = 0.16 + 0.55 * Math.exp(-e / 12.0) + 0.08 * Math.log1p(Math.max(0, e - 40) / 10.0) + 0.012 * r.nextGaussian();
        double trainAcc = Math.min(0.995, 0.5 + 0.48 * (1 - Math.exp(-e / 10.0)) + 0.005 * r.nextGaussian());
        double valAcc = Math.min(0.99, 0.5 + 0.42 * (1 - Math.exp(-e / 10.0)) - 0.04 * Math.log1p(Math.max(0, e - 40) / 10.0)
                + 0.008 * r.nextGaussian());
        return new EpochMetrics(e, e * 25L, train, trainAcc, val, valAcc, 0.01, e * 40L);
    }
}
