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
 * shipped) and writes PNGs. Run under Xvfb: {@code java -cp ... org.layerlab.app.demo.ViewsDemo out/}.
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
        lossOverfitting(out);
        lossLongLog(out);
        histograms(out);
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
