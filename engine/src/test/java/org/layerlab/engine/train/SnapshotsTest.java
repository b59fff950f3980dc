package org.layerlab.engine.train;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.export.Project;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SnapshotsTest {

    private static final long MS = 1_000_000L;

    /** A model whose view snapshots take the given time of a fake clock; training is simulated by the test. */
    private static final class TimedViews implements TrainableModel {
        private final long[] clock;
        private final long gradientCost;
        private final long activationCost;
        private long gridCost;
        private int gradients;
        private int published;
        private int grids;

        TimedViews(long[] clock, long gradientCost, long activationCost, long gridCost) {
            this.clock = clock;
            this.gradientCost = gradientCost;
            this.activationCost = activationCost;
            this.gridCost = gridCost;
        }

        @Override
        public ActivationsSnapshot activations(int epoch, long iteration) {
            clock[0] += activationCost;
            published++;
            return new ActivationsSnapshot(epoch, iteration, List.of());
        }

        @Override
        public GradientsSnapshot lastGradients(int epoch, long iteration) {
            clock[0] += gradientCost;
            gradients++;
            return null;
        }

        @Override
        public DecisionSurface decisionSurface(int epoch, int rows, int cols) {
            clock[0] += gridCost;
            grids++;
            return null;
        }

        @Override
        public FittedCurve fittedCurve(int epoch, int points) {
            return null;
        }

        @Override
        public List<String> effectNodeIds() {
            return List.of();
        }

        @Override
        public LayerEffect layerEffect(String nodeId, boolean training) {
            return null;
        }

        // Training is not what this test looks at.
        @Override
        public int batchesPerEpoch() {
            return 1;
        }

        @Override
        public int trainingExamples() {
            return 1;
        }

        @Override
        public void beginEpoch(int epochIndex) {
        }

        @Override
        public double fitBatch(int batchIndex) {
            return 0;
        }

        @Override
        public double learningRate() {
            return 0;
        }

        @Override
        public Evaluation evaluate(SplitName split) {
            return null;
        }

        @Override
        public float[] copyParameters() {
            return new float[0];
        }

        @Override
        public void restoreParameters(float[] parameters) {
        }

        @Override
        public double[][] predict(float[][] rawFeatures) {
            return new double[0][];
        }

        @Override
        public void exportModel(Path zip, Project project) {
        }

        @Override
        public void close() {
        }
    }

    /** Simulates {@code batches} minibatches of {@code batchNanos} each, offering a publish after each; returns the views' share of the time. */
    private static double viewsShare(TimedViews model, long[] clock, Snapshots snapshots, int batches, long batchNanos) {
        long viewTime = 0;
        for (int i = 1; i <= batches; i++) {
            clock[0] += batchNanos;
            long before = clock[0];
            snapshots.publish(0, i, false);
            viewTime += clock[0] - before;
        }
        return viewTime / (double) clock[0];
    }

    @Test
    void slowViewsTakeAtMostTheirShareOfTheTrainingTime() {
        long[] clock = {0};
        // A grid costs eight 2.5 ms minibatches and the histograms four: unthrottled at 30 a second they would take 90 %.
        TimedViews model = new TimedViews(clock, MS / 5, 10 * MS, 20 * MS);
        Snapshots snapshots = new Snapshots(model, new Mailbox(), () -> clock[0]);

        double share = viewsShare(model, clock, snapshots, 4000, 2_500_000L);

        assertThat(share).isBetween(Snapshots.TIME_SHARE * 0.6, Snapshots.TIME_SHARE * 1.02);
        assertThat(snapshots.interval(Snapshots.Part.GRID)).isEqualTo(780 * MS);
        assertThat(snapshots.interval(Snapshots.Part.ACTIVATIONS) / 1e6).isCloseTo(656.7, within(0.1));
        assertThat(model.gradients).as("cheap gradient norms still arrive often").isGreaterThan(10 * model.grids);
    }

    @Test
    void cheapViewsArePublishedAboutThirtyTimesASecond() {
        long[] clock = {0};
        TimedViews model = new TimedViews(clock, MS / 100, MS / 20, MS / 20);
        Snapshots snapshots = new Snapshots(model, new Mailbox(), () -> clock[0]);

        viewsShare(model, clock, snapshots, 10_000, MS);

        double seconds = clock[0] / 1e9;
        assertThat(model.published / seconds).isBetween(25.0, 31.0);
        assertThat(model.grids / seconds).isBetween(25.0, 31.0);
        assertThat(snapshots.interval(Snapshots.Part.GRID)).isEqualTo(Snapshots.MIN_INTERVAL_NANOS);
        assertThat(snapshots.interval(Snapshots.Part.EFFECTS)).as("the layer effect view shows one a second")
                .isEqualTo(1_000 * MS);
    }

    @Test
    void forcedPublishesIgnoreTheIntervalButNeverRepeatAPoint() {
        long[] clock = {0};
        TimedViews model = new TimedViews(clock, MS, 10 * MS, 10 * MS);
        Mailbox mailbox = new Mailbox();
        Snapshots snapshots = new Snapshots(model, mailbox, () -> clock[0]);

        snapshots.publish(0, 1, false);
        snapshots.publish(0, 2, false);
        snapshots.publish(0, 3, true);
        snapshots.publish(0, 3, true);

        assertThat(model.published).isEqualTo(2);
        assertThat(model.grids).isEqualTo(2);
        assertThat(mailbox.activations().peek().iteration()).isEqualTo(3);
    }

    @Test
    void oneSlowPublishDoesNotStallAPartAndNoPartWaitsMoreThanTwoSeconds() {
        long[] clock = {0};
        TimedViews model = new TimedViews(clock, MS / 10, MS / 10, 300 * MS);
        Snapshots snapshots = new Snapshots(model, new Mailbox(), () -> clock[0]);

        // A grid publish caught in a 300 ms pause: alone it would mean a 12 s wait, capped at 2 s.
        snapshots.publish(0, 1, true);
        assertThat(snapshots.interval(Snapshots.Part.GRID)).isEqualTo(Snapshots.MAX_INTERVAL_NANOS);

        // Two typical publishes after it: the median cost is typical again.
        model.gridCost = MS / 10;
        snapshots.publish(0, 2, true);
        snapshots.publish(0, 3, true);
        assertThat(snapshots.interval(Snapshots.Part.GRID)).isEqualTo(Snapshots.MIN_INTERVAL_NANOS);
    }

    @Test
    void theSharesOfThePartsAddUpToTheViewsShare() {
        double total = 0;
        for (Snapshots.Part part : Snapshots.Part.values()) {
            total += part.share;
        }
        assertThat(total).isCloseTo(Snapshots.TIME_SHARE, within(1e-12));
    }
}
