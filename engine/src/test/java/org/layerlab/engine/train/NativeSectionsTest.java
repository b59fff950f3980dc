package org.layerlab.engine.train;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeSectionsTest {

    @Test
    void quiescenceWaitsForASectionOpenWhenItWasAskedAndNoLonger() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        Thread holder = new Thread(() -> NativeSections.run(() -> {
            entered.countDown();
            awaitQuietly(leave);
        }), "section-holder");
        holder.start();
        assertTrue(entered.await(5, TimeUnit.SECONDS));

        CountDownLatch quiet = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            NativeSections.awaitQuiescence();
            quiet.countDown();
        }, "quiescence-waiter");
        waiter.start();
        assertFalse(quiet.await(300, TimeUnit.MILLISECONDS), "returned while a section open at the call was still open");

        leave.countDown();
        assertTrue(quiet.await(5, TimeUnit.SECONDS), "did not return after the section ended");
        holder.join();
        waiter.join();
    }

    @Test
    void quiescenceDoesNotWaitForSectionsOpenedAfterwardsEvenWhenTheyNeverPause() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch busy = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            while (!stop.get()) {
                NativeSections.run(busy::countDown);
            }
        }, "busy-sections");
        worker.start();
        try {
            assertTrue(busy.await(5, TimeUnit.SECONDS));
            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                NativeSections.awaitQuiescence();
            }
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
        } finally {
            stop.set(true);
            worker.join();
        }
    }

    @Test
    void sectionsNestAndOnlyTheOutermostCloseEndsOne() {
        assertFalse(NativeSections.inside());
        try (NativeSections.Section outer = NativeSections.enter()) {
            try (NativeSections.Section inner = NativeSections.enter()) {
                assertTrue(NativeSections.inside());
            }
            assertTrue(NativeSections.inside());
            IllegalStateException e = assertThrows(IllegalStateException.class, NativeSections::awaitQuiescence);
            assertTrue(e.getMessage().contains("inside a native section"), e.getMessage());
        }
        assertFalse(NativeSections.inside());
    }

    @Test
    void closingASectionThatIsNotOpenIsRefusedWithTheThreadsName() {
        NativeSections.Section section = NativeSections.enter();
        section.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, section::close);
        assertTrue(e.getMessage().contains(Thread.currentThread().getName()), e.getMessage());
        assertEquals(false, NativeSections.inside());
    }

    @Test
    void aThreadThatDiedInsideASectionDoesNotBlockQuiescence() throws Exception {
        Thread dead = new Thread(NativeSections::enter, "dies-inside");
        dead.start();
        dead.join();
        long start = System.nanoTime();
        NativeSections.awaitQuiescence();
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
