package org.layerlab.engine.dl4j;

import org.layerlab.engine.train.NativeSections;
import org.nd4j.linalg.api.memory.Deallocatable;
import org.nd4j.linalg.api.memory.deallocation.DeallocatableReference;
import org.nd4j.linalg.api.memory.deallocation.DeallocatorService;
import org.nd4j.linalg.factory.Nd4j;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Frees the native buffers of ND4J arrays the garbage collector found unreachable, as ND4J's own
 * deallocator threads do, but only once no {@link NativeSections section} that was open at the
 * time is still running, and never sooner than {@link #GRACE_NANOS} after the collection noticed
 * them.
 *
 * <p>ND4J M2.1 frees such a buffer as soon as its reference is enqueued. An op whose caller no
 * longer needs one of its arguments (the axis array of a bias broadcast, for one) can still be
 * reading that buffer in native code then: a use after free that crashed training runs
 * ({@code SIGSEGV} in {@code sd::TadDescriptor} or {@code sd::DataBuffer::primary}), once in hours
 * on an idle machine and within seconds under garbage-collection pressure ({@code
 * NativeReclaimerTest}). Training and view threads open sections, so for them the wait is exact;
 * the grace period covers any other thread that runs an op.
 *
 * <p>Installation redirects new references to this class's queue through ND4J's private fields. If
 * they cannot be found (another ND4J version) nothing changes and ND4J frees as before.
 */
final class NativeReclaimer {

    /** Buffers wait at least this long after their collection was noticed (threads without sections). */
    static final long GRACE_NANOS = 20_000_000L;

    private static final int MAX_BATCH = 65_536;
    private static final AtomicLong FREED = new AtomicLong();
    private static final AtomicLong FAILED = new AtomicLong();
    private static volatile boolean installed;

    private NativeReclaimer() {
    }

    /** Installs the reclaimer once; true when it runs (false where ND4J's internals differ). */
    static synchronized boolean install() {
        if (installed) {
            return true;
        }
        try {
            DeallocatorService service = Nd4j.getDeallocatorService();
            Field deviceMapField = DeallocatorService.class.getDeclaredField("deviceMap");
            Field referenceMapField = DeallocatorService.class.getDeclaredField("referenceMap");
            deviceMapField.setAccessible(true);
            referenceMapField.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<List<ReferenceQueue<Deallocatable>>> deviceMap =
                    (List<List<ReferenceQueue<Deallocatable>>>) deviceMapField.get(service);
            @SuppressWarnings("unchecked")
            Map<String, DeallocatableReference> referenceMap =
                    (Map<String, DeallocatableReference>) referenceMapField.get(service);
            if (deviceMap == null || deviceMap.isEmpty() || referenceMap == null) {
                return false;
            }
            ReferenceQueue<Deallocatable> queue = new ReferenceQueue<>();
            Thread thread = new Thread(() -> drain(queue, referenceMap), "layerlab-native-reclaim");
            thread.setDaemon(true);
            thread.start();
            for (List<ReferenceQueue<Deallocatable>> queues : deviceMap) {
                for (int i = 0; i < queues.size(); i++) {
                    queues.set(i, queue);
                }
            }
            installed = true;
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** True once {@link #install()} has redirected ND4J's references here. */
    static boolean installed() {
        return installed;
    }

    /** How many buffers this reclaimer has freed so far. */
    static long freed() {
        return FREED.get();
    }

    private static void drain(ReferenceQueue<Deallocatable> queue, Map<String, DeallocatableReference> referenceMap) {
        List<DeallocatableReference> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add((DeallocatableReference) queue.remove());
            } catch (InterruptedException e) {
                // a daemon that lives as long as ND4J: keep serving
                continue;
            }
            long noticed = System.nanoTime();
            for (Reference<? extends Deallocatable> r; batch.size() < MAX_BATCH && (r = queue.poll()) != null; ) {
                batch.add((DeallocatableReference) r);
            }
            NativeSections.awaitQuiescence();
            long wait = noticed + GRACE_NANOS - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    // a daemon that lives as long as ND4J: free the batch now
                }
            }
            for (DeallocatableReference r : batch) {
                try {
                    free(r, referenceMap);
                } catch (RuntimeException e) {
                    // as in ND4J, one buffer that cannot be freed must not stop the others
                    FAILED.incrementAndGet();
                }
            }
            FREED.addAndGet(batch.size());
            batch.clear();
        }
    }

    /** What ND4J's DeallocatorServiceThread does with one reference. */
    private static void free(DeallocatableReference r, Map<String, DeallocatableReference> referenceMap) {
        try {
            if (r.getDeallocator() != null) {
                r.getDeallocator().deallocate();
            }
        } finally {
            referenceMap.remove(r.getId());
        }
    }
}
