package org.layerlab.engine.dl4j;

import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.cpu.nativecpu.ops.CpuOpContext;
import org.nd4j.linalg.cpu.nativecpu.ops.NativeOpExecutioner;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's CPU executioner, except that the context of a custom op is freed as soon as the op is
 * done with it instead of when a garbage collection finds it unreachable.
 *
 * <p>ND4J M2.1 runs every custom op (a matrix product, a tanh derivative, a loss: about 22 of the 70
 * buffers and contexts a fit of a small network makes) in a context it builds for that call and
 * closes when the call returns; but its {@code close()} does nothing, so each context waits for a
 * collection like any buffer, and every young collection processes the ~7,000 made since the one
 * before. Here {@code close()} frees the context and withdraws its registration, so the collector
 * never sees it. Contexts that are built and kept (DL4J's oneDNN helpers for convolution and
 * pooling keep one across fits and never close it) are still freed when unreachable.
 */
final class ClosingOpExecutioner extends NativeOpExecutioner {

    private static volatile boolean installed;

    /**
     * Puts this executioner in place of ND4J's stock CPU one, once, keeping its profiling mode and
     * TAD manager; true when it is in place. Runs only with the {@link NativeReclaimer.LeanService
     * lean registration}, which is what a close withdraws from, and before the first fit ({@link
     * FitScope} reads this executioner's pointer caches). {@code -Dlayerlab.closingContexts=false}
     * keeps ND4J's executioner, to compare.
     */
    static synchronized boolean install() {
        if (installed) {
            return true;
        }
        if (!Boolean.parseBoolean(System.getProperty("layerlab.closingContexts", "true"))) {
            return false;
        }
        try {
            Nd4jField field = Nd4jField.of(Nd4j.class, null, "OP_EXECUTIONER_INSTANCE");
            synchronized (Nd4j.class) {
                Object stock = field.get();
                if (stock == null || stock.getClass() != NativeOpExecutioner.class) {
                    return false;
                }
                ClosingOpExecutioner closing = new ClosingOpExecutioner();
                closing.setProfilingMode(((NativeOpExecutioner) stock).getProfilingMode());
                // one TAD manager (and its cache, if TadCache is in place already)
                Nd4jField.of(NativeOpExecutioner.class, closing, "tadManager")
                        .swap(Nd4jField.of(NativeOpExecutioner.class, stock, "tadManager").get());
                field.swap(closing);
            }
            installed = true;
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** True once ND4J runs its ops through this executioner. */
    static boolean installed() {
        return installed;
    }

    @Override
    public OpContext buildContext() {
        return new ClosingContext();
    }

    /** A CPU op context whose {@code close()} frees it; registered by the lean service, which sets {@link #registration}. */
    static final class ClosingContext extends CpuOpContext {

        // no initialiser: the superclass constructor registers this context, which sets the field first
        NativeReclaimer.Registration registration;

        @Override
        public void close() {
            NativeReclaimer.Registration r = registration;
            if (r != null) {
                registration = null;
                NativeReclaimer.release(r);
            }
        }
    }
}
