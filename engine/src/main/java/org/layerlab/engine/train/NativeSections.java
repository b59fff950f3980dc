package org.layerlab.engine.train;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Marks the stretches of work in which a thread may be inside native code, so that native memory
 * is freed only when no such stretch that began earlier is still running (quiescent-state
 * reclamation, as in RCU).
 *
 * <p>Why: ND4J frees an array's native buffer on a background thread once the garbage collector
 * finds the Java array unreachable. Compiled code may drop the last reference to an array (an op's
 * axis array, say) while a native op still reads its buffer; if a GC and the freeing happen during
 * that op, the op reads freed memory. On this 2-core machine that crashed a training run about
 * once in a few hours ({@code SIGSEGV} in {@code TadDescriptor} or {@code DataBuffer::primary}),
 * and within seconds under GC pressure. A buffer the GC found unreachable cannot be handed to a
 * native op that starts later, so waiting until every section that was open at the time has ended
 * is enough.
 *
 * <p>A section is cheap (two volatile writes by the owning thread) and nests. It must not contain
 * waits for other threads that could last long: reclamation waits for it to end.
 */
public final class NativeSections {

    /** One thread's counter: odd while the thread is inside a section. */
    private static final class Slot {
        final Thread owner;
        volatile long count;
        int depth;

        Slot(Thread owner) {
            this.owner = owner;
        }
    }

    private static final Set<Slot> SLOTS = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Slot> MINE = ThreadLocal.withInitial(() -> {
        Slot slot = new Slot(Thread.currentThread());
        SLOTS.add(slot);
        return slot;
    });

    /** An open section; closing it ends the section. */
    public interface Section extends AutoCloseable {
        @Override
        void close();
    }

    private static final Section CLOSE = NativeSections::exit;

    private NativeSections() {
    }

    /** Opens a section on the calling thread; close it on the same thread (try-with-resources). */
    public static Section enter() {
        Slot slot = MINE.get();
        if (slot.depth++ == 0) {
            slot.count = slot.count + 1;
        }
        return CLOSE;
    }

    private static void exit() {
        Slot slot = MINE.get();
        if (slot.depth <= 0) {
            throw new IllegalStateException("no native section is open on thread " + Thread.currentThread().getName());
        }
        if (--slot.depth == 0) {
            slot.count = slot.count + 1;
        }
    }

    /** Runs {@code work} inside a section. */
    public static void run(Runnable work) {
        try (Section ignored = enter()) {
            work.run();
        }
    }

    /** True while the calling thread is inside a section. */
    public static boolean inside() {
        return MINE.get().depth > 0;
    }

    /**
     * Returns once every section that was open when this was called has ended (sections opened
     * meanwhile are not waited for). Never call it from inside a section.
     */
    public static void awaitQuiescence() {
        if (inside()) {
            throw new IllegalStateException("awaiting quiescence from inside a native section would never end");
        }
        Slot[] slots = SLOTS.toArray(new Slot[0]);
        long[] seen = new long[slots.length];
        for (int i = 0; i < slots.length; i++) {
            seen[i] = slots[i].count;
        }
        for (int i = 0; i < slots.length; i++) {
            Slot slot = slots[i];
            if (!slot.owner.isAlive()) {
                SLOTS.remove(slot);
                continue;
            }
            int spins = 0;
            while ((seen[i] & 1) == 1 && slot.count == seen[i] && slot.owner.isAlive()) {
                if (++spins < 100) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(100_000);
                }
            }
        }
    }
}
