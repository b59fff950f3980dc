package org.layerlab.engine.train;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewWorkerTest {

    /** A replica whose "parameters" are the iteration staged; its activations can be held back by a latch. */
    private static final class FakeReplica implements ViewReplica {
        volatile long live;
        private long staged;
        private long loaded;
        volatile CountDownLatch gate = new CountDownLatch(0);
        volatile RuntimeException failure;
        final AtomicInteger computed = new AtomicInteger();
        volatile String thread;

        @Override
        public void stage() {
            staged = live;
        }

        @Override
        public void load() {
            loaded = staged;
        }

        @Override
        public ActivationsSnapshot activations(int epoch, long iteration) {
            thread = Thread.currentThread().getName();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            computed.incrementAndGet();
            // The snapshot says which parameters it was computed from.
            return new ActivationsSnapshot(epoch, loaded, List.of());
        }

        @Override
        public GradientsSnapshot lastGradients(int epoch, long iteration) {
            return null;
        }

        @Override
        public DecisionSurface decisionSurface(int epoch, int rows, int cols) {
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

        @Override
        public void close() {
        }
    }

    @Test
    void aForcedOfferReturnsWithItsViewsComputedOnTheViewThreadFromTheStagedParameters() {
        FakeReplica replica = new FakeReplica();
        Mailbox mailbox = new Mailbox();
        try (ViewWorker worker = new ViewWorker(replica, mailbox, new ViewCosts(), 0)) {
            replica.live = 7;
            assertThat(worker.offer(1, 7, true, true)).isTrue();
            replica.live = 8; // training goes on after the copy

            assertThat(mailbox.activations().peek().iteration()).isEqualTo(7);
            assertThat(replica.thread).isEqualTo(ViewWorker.THREAD_NAME);
        }
    }

    @Test
    void unforcedOffersNeverWaitForABusyViewThreadAndTheNewestPointWins() throws Exception {
        FakeReplica replica = new FakeReplica();
        Mailbox mailbox = new Mailbox();
        try (ViewWorker worker = new ViewWorker(replica, mailbox, new ViewCosts(), 0)) {
            replica.gate = new CountDownLatch(1);
            replica.live = 1;
            worker.offer(0, 1, true, false);
            long t0 = System.nanoTime();
            for (int i = 2; i <= 50; i++) {
                replica.live = i;
                worker.offer(0, i, true, false);
            }
            assertThat((System.nanoTime() - t0) / 1e6).as("offers while the view thread is busy").isLessThan(1000);
            replica.gate.countDown();
            // A forced offer of the same point waits for the views of the newest parameters.
            worker.offer(0, 50, true, true);

            assertThat(mailbox.activations().peek().iteration()).isEqualTo(50);
            assertThat(replica.computed.get()).as("skipped the points it could not keep up with").isLessThan(10);
        }
    }

    @Test
    void aFailureOnTheViewThreadIsThrownToTheTrainingThreadAtItsNextOffer() {
        FakeReplica replica = new FakeReplica();
        replica.failure = new IllegalStateException("histogram of NaN weights");
        try (ViewWorker worker = new ViewWorker(replica, new Mailbox(), new ViewCosts(), 0)) {
            assertThatThrownBy(() -> worker.offer(0, 1, true, true))
                    .isInstanceOf(IllegalStateException.class).hasMessage("histogram of NaN weights");
        }
    }
}
