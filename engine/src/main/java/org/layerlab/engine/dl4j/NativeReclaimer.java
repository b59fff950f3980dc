package org.layerlab.engine.dl4j;

import org.bytedeco.javacpp.Pointer;
import org.layerlab.engine.train.NativeSections;
import org.nd4j.linalg.api.memory.Deallocatable;
import org.nd4j.linalg.api.memory.Deallocator;
import org.nd4j.linalg.api.memory.deallocation.DeallocatableReference;
import org.nd4j.linalg.api.memory.deallocation.DeallocatorService;
import org.nd4j.linalg.cpu.nativecpu.buffer.BaseCpuDataBuffer;
import org.nd4j.linalg.cpu.nativecpu.buffer.CpuDeallocator;
import org.nd4j.linalg.cpu.nativecpu.ops.CpuOpContext;
import org.nd4j.linalg.cpu.nativecpu.ops.CpuOpContextDeallocator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.nd4j.nativeblas.OpaqueContext;
import org.nd4j.nativeblas.OpaqueDataBuffer;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Installation redirects ND4J's references to this class's queue through ND4J's private fields,
 * and puts a {@link LeanService lighter registration} in place of ND4J's for every buffer made
 * after it, with the {@link ClosingOpExecutioner executioner} whose op contexts are {@link #release
 * released} when closed. If the fields cannot be found (another ND4J version) nothing changes and
 * ND4J frees as before.
 */
final class NativeReclaimer {

    /** Buffers wait at least this long after their collection was noticed (threads without sections). */
    static final long GRACE_NANOS = 20_000_000L;

    private static final int MAX_BATCH = 65_536;
    private static final AtomicLong FREED = new AtomicLong();
    private static final AtomicLong FAILED = new AtomicLong();
    private static final AtomicLong RELEASED = new AtomicLong();
    private static volatile boolean installed;
    private static volatile LeanService lean;

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
            lean = LeanService.install(service, queue);
            if (lean != null) {
                ClosingOpExecutioner.install();
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** True once {@link #install()} has redirected ND4J's references here. */
    static boolean installed() {
        return installed;
    }

    /** True once ND4J registers new buffers through {@link LeanService}. */
    static boolean leanInstalled() {
        return lean != null;
    }

    /** How many buffers this reclaimer has freed so far. */
    static long freed() {
        return FREED.get();
    }

    /** How many op contexts were freed when closed, without waiting for a collection. */
    static long released() {
        return RELEASED.get();
    }

    /** Frees what {@code r} registered now, on the calling thread, which must be done with it; once. */
    static void release(Registration r) {
        LeanService service = lean;
        if (service != null && service.release(r)) {
            RELEASED.incrementAndGet();
        }
    }

    private static void drain(ReferenceQueue<Deallocatable> queue, Map<String, DeallocatableReference> referenceMap) {
        List<Reference<? extends Deallocatable>> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.remove());
            } catch (InterruptedException e) {
                // a daemon that lives as long as ND4J: keep serving
                continue;
            }
            long noticed = System.nanoTime();
            for (Reference<? extends Deallocatable> r; batch.size() < MAX_BATCH && (r = queue.poll()) != null; ) {
                batch.add(r);
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
            for (Reference<? extends Deallocatable> r : batch) {
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
    private static void free(Reference<? extends Deallocatable> reference, Map<String, DeallocatableReference> referenceMap) {
        if (reference instanceof Registration r) {
            lean.free(r);
            return;
        }
        DeallocatableReference r = (DeallocatableReference) reference;
        try {
            if (r.getDeallocator() != null) {
                r.getDeallocator().deallocate();
            }
        } finally {
            referenceMap.remove(r.getId());
        }
    }

    /**
     * ND4J's deallocator service with a registration of one small object instead of seven. ND4J
     * registers every buffer it makes (workspace buffers and op contexts too: about 70 per fit of a
     * small network) by a weak reference, a freshly built id string as key, a map node, the
     * deallocator and the native pointer object it holds, all kept until a collection finds the
     * buffer unreachable: so every young collection copies everything registered since the one
     * before (5 MB, 18,000 buffers, at the studio's training speed). Here a registration is the
     * reference alone, holding the native address of the buffer or op context to free, in a slot
     * of one array (not a linked list: a chain of young objects is copied by one GC worker).
     */
    static final class LeanService extends DeallocatorService {

        static final byte CUSTOM = 0;
        static final byte DATA_BUFFER = 1;
        static final byte OP_CONTEXT = 2;

        private final DeallocatorService original;
        private final ReferenceQueue<Deallocatable> queue;
        private Registration[] slots = new Registration[4096];
        private int[] freeSlots = new int[4096];
        private int freeCount;
        private int used;
        private int registered;
        private final long[] everRegistered = new long[3];

        private LeanService(DeallocatorService original, ReferenceQueue<Deallocatable> queue) {
            // ND4J's constructor also starts a deallocator thread on a queue of its own: nothing
            // reaches that queue (registrations go to the reclaimer's), so it waits idle
            this.original = original;
            this.queue = queue;
        }

        /** Puts a lean service in place of {@code original} for buffers made from now on; null if ND4J differs. */
        static LeanService install(DeallocatorService original, ReferenceQueue<Deallocatable> queue) {
            try {
                Field noPointerGc = DeallocatorService.class.getDeclaredField("noPointerGc");
                noPointerGc.setAccessible(true);
                if (!Boolean.parseBoolean(System.getProperty("layerlab.leanRegistration", "true"))
                        || Boolean.TRUE.equals(noPointerGc.get(original))
                        || !(Nd4j.getBackend() instanceof org.nd4j.linalg.cpu.nativecpu.CpuBackend)) {
                    return null;
                }
                Field field = Nd4j.class.getDeclaredField("deallocatorService");
                field.setAccessible(true);
                synchronized (Nd4j.class) {
                    if (field.get(null) != original) {
                        return null;
                    }
                    LeanService lean = new LeanService(original, queue);
                    field.set(null, lean);
                    return lean;
                }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }

        @Override
        public long nextValue() {
            return original.nextValue();
        }

        @Override
        public void pickObject(Deallocatable deallocatable) {
            Deallocator deallocator = deallocatable.deallocator();
            long address = 0;
            byte kind = CUSTOM;
            if (deallocator instanceof CpuDeallocator && deallocatable instanceof BaseCpuDataBuffer buffer) {
                address = buffer.getOpaqueDataBuffer().address();
                kind = DATA_BUFFER;
            } else if (deallocator instanceof CpuOpContextDeallocator && deallocatable instanceof CpuOpContext context) {
                address = context.contextPointer().address();
                kind = OP_CONTEXT;
            }
            // no address (not seen in M2.1): keep ND4J's deallocator, as ND4J would
            Registration r = address == 0 ? new Registration(deallocatable, queue, deallocator, CUSTOM, 0)
                    : new Registration(deallocatable, queue, null, kind, address);
            add(r);
            if (kind == OP_CONTEXT && address != 0 && deallocatable instanceof ClosingOpExecutioner.ClosingContext c) {
                c.registration = r;
            }
        }

        private synchronized void add(Registration r) {
            int slot;
            if (freeCount > 0) {
                slot = freeSlots[--freeCount];
            } else {
                if (used == slots.length) {
                    slots = Arrays.copyOf(slots, used * 2);
                    freeSlots = Arrays.copyOf(freeSlots, used * 2);
                }
                slot = used++;
            }
            slots[slot] = r;
            r.slot = slot;
            registered++;
            everRegistered[r.kind]++;
        }

        /** Frees what {@code r} registered and forgets it, unless it was {@link #release released} already. */
        void free(Registration r) {
            if (forget(r)) {
                delete(r);
            }
        }

        /** Frees what {@code r} registered now, before it is unreachable; false if it was freed already. */
        boolean release(Registration r) {
            if (!forget(r)) {
                return false;
            }
            // no longer in a slot, and cleared: no collection will ever see it again
            r.clear();
            delete(r);
            return true;
        }

        private static void delete(Registration r) {
            switch (r.kind) {
                case DATA_BUFFER -> NativeOpsHolder.getInstance().getDeviceNativeOps()
                        .deleteDataBuffer(new OpaqueDataBuffer(new Address(r.address)));
                case OP_CONTEXT -> NativeOpsHolder.getInstance().getDeviceNativeOps()
                        .deleteGraphContext(new OpaqueContext(new Address(r.address)));
                default -> r.deallocator.deallocate();
            }
        }

        /** Takes {@code r} out of its slot; false when it was out already (freed once, never twice). */
        private synchronized boolean forget(Registration r) {
            if (r.forgotten) {
                return false;
            }
            r.forgotten = true;
            slots[r.slot] = null;
            freeSlots[freeCount++] = r.slot;
            registered--;
            return true;
        }

        /** How many buffers and op contexts are registered and not yet freed. */
        synchronized int registered() {
            return registered;
        }

        /**
         * How many registrations of one kind ({@link #DATA_BUFFER}, ...) were ever made, freed or
         * not: unlike {@link #registered(byte)}, a collection during a count cannot lower it.
         */
        synchronized long everRegistered(byte kind) {
            return everRegistered[kind];
        }

        /** How many registrations of one kind ({@link #DATA_BUFFER}, ...) are not yet freed. */
        synchronized int registered(byte kind) {
            int n = 0;
            for (int i = 0; i < used; i++) {
                if (slots[i] != null && slots[i].kind == kind) {
                    n++;
                }
            }
            return n;
        }
    }

    /** One buffer or op context registered with {@link LeanService}, in one of its slots until freed. */
    static final class Registration extends WeakReference<Deallocatable> {

        final Deallocator deallocator;
        final long address;
        final byte kind;
        int slot;
        boolean forgotten;

        private Registration(Deallocatable referent, ReferenceQueue<Deallocatable> queue, Deallocator deallocator,
                byte kind, long address) {
            super(referent, queue);
            this.deallocator = deallocator;
            this.kind = kind;
            this.address = address;
        }
    }

    /** A native address for ND4J's free functions, which take typed JavaCPP pointers. */
    private static final class Address extends Pointer {
        Address(long address) {
            this.address = address;
        }
    }
}
