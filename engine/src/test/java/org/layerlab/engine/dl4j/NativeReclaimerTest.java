package org.layerlab.engine.dl4j;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.engine.train.NativeSections;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeReclaimerTest {

    @Test
    void buffersOfUnreachableArraysAreFreedButNotWhileASectionOpenAtTheTimeRuns() throws Exception {
        Backend.configureThreads();
        assertTrue(NativeReclaimer.installed(), "the reclaimer did not install on this ND4J");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        Thread op = new Thread(() -> NativeSections.run(() -> {
            entered.countDown();
            try {
                leave.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "long-op");
        op.start();
        try {
            assertTrue(entered.await(5, TimeUnit.SECONDS));
            // a batch taken before the section opened may still be freed: let it finish
            Thread.sleep(4 * NativeReclaimer.GRACE_NANOS / 1_000_000);
            long before = NativeReclaimer.freed();
            makeGarbage();
            System.gc();
            Thread.sleep(500);
            assertEquals(before, NativeReclaimer.freed(), "freed buffers while a section open at the time ran");
        } finally {
            leave.countDown();
            op.join();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long freed = NativeReclaimer.freed();
        while (NativeReclaimer.freed() < freed + 100 && System.nanoTime() < deadline) {
            makeGarbage();
            System.gc();
            Thread.sleep(50);
        }
        assertTrue(NativeReclaimer.freed() >= freed + 100,
                "unreachable arrays were not freed once no section ran: " + (NativeReclaimer.freed() - freed));
    }

    @Test
    void buffersAndOpContextsAreRegisteredLeanlyAndFreedOnceUnreachable() throws Exception {
        Backend.configureThreads();
        assertTrue(NativeReclaimer.leanInstalled(), "the lean registration did not install on this ND4J");
        NativeReclaimer.LeanService service = assertInstanceOf(NativeReclaimer.LeanService.class, Nd4j.getDeallocatorService());
        // counted cumulatively: a collection during the loop frees earlier tests' garbage, which
        // lowers the live counts (CI once read 2,691 live buffers after 300 new ones)
        long buffersEverBefore = service.everRegistered(NativeReclaimer.LeanService.DATA_BUFFER);
        long contextsEverBefore = service.everRegistered(NativeReclaimer.LeanService.OP_CONTEXT);
        int contextsBefore = service.registered(NativeReclaimer.LeanService.OP_CONTEXT);
        long freedBefore = NativeReclaimer.freed();
        INDArray kept = Nd4j.createFromArray(new float[]{1, 2, 3});
        float[] sums = new float[300];
        List<OpContext> built = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            INDArray a = Nd4j.createFromArray(new float[]{i, i + 1, i + 2});
            sums[i] = a.addi(kept).sumNumber().floatValue();
            // a context built and kept, as DL4J's oneDNN helpers do: freed only once unreachable
            built.add(Nd4j.getExecutioner().buildContext());
        }
        assertEquals(3 * 300 + 6, sums[299], 1e-3, "the ops did not compute while registered leanly");
        long buffersNew = service.everRegistered(NativeReclaimer.LeanService.DATA_BUFFER) - buffersEverBefore;
        long contextsNew = service.everRegistered(NativeReclaimer.LeanService.OP_CONTEXT) - contextsEverBefore;
        assertTrue(buffersNew >= 300, "each new buffer must be registered: " + buffersNew);
        assertTrue(contextsNew >= 300, "each kept op context must be registered: " + contextsNew);
        // the kept contexts are reachable: none of them may have been freed
        assertTrue(service.registered(NativeReclaimer.LeanService.OP_CONTEXT) >= 300,
                "kept op contexts were freed: " + service.registered(NativeReclaimer.LeanService.OP_CONTEXT));
        built.clear();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (service.registered(NativeReclaimer.LeanService.OP_CONTEXT) > contextsBefore + 50
                && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
        }
        assertTrue(service.registered(NativeReclaimer.LeanService.OP_CONTEXT) <= contextsBefore + 50,
                "unreachable op contexts were not freed: " + service.registered(NativeReclaimer.LeanService.OP_CONTEXT));
        assertTrue(NativeReclaimer.freed() >= freedBefore + 600, "freed " + (NativeReclaimer.freed() - freedBefore));
        assertEquals(6, kept.sumNumber().floatValue(), 1e-6, "a reachable array lost its buffer");
    }

    @Test
    void aCustomOpsContextIsFreedWhenTheOpClosesItNotLeftToTheCollector() throws Exception {
        Backend.configureThreads();
        assertTrue(ClosingOpExecutioner.installed(), "the closing executioner did not install on this ND4J");
        assertInstanceOf(ClosingOpExecutioner.class, Nd4j.getExecutioner());
        NativeReclaimer.LeanService service = assertInstanceOf(NativeReclaimer.LeanService.class, Nd4j.getDeallocatorService());
        int contextsBefore = service.registered(NativeReclaimer.LeanService.OP_CONTEXT);
        long releasedBefore = NativeReclaimer.released();
        INDArray w = Nd4j.createFromArray(new float[][]{{1, 2}, {3, 4}});
        INDArray x = Nd4j.createFromArray(new float[][]{{1, 0}, {0, 1}});
        INDArray product = null;
        for (int i = 0; i < 300; i++) {
            // a matrix product runs ND4J's mmul custom op, in a context built for the call and closed after it
            product = x.mmul(w).addi(x);
        }
        assertArrayEquals(new float[]{2, 2, 3, 5}, product.data().asFloat(), 1e-6f, "the ops did not compute");
        assertTrue(NativeReclaimer.released() >= releasedBefore + 600,
                "each closed context must be freed at once: " + (NativeReclaimer.released() - releasedBefore));
        assertTrue(service.registered(NativeReclaimer.LeanService.OP_CONTEXT) <= contextsBefore + 5,
                "closed contexts stayed registered: " + (service.registered(NativeReclaimer.LeanService.OP_CONTEXT) - contextsBefore));
        OpContext context = Nd4j.getExecutioner().buildContext();
        long released = NativeReclaimer.released();
        context.close();
        context.close();
        assertEquals(released + 1, NativeReclaimer.released(), "a context closed twice must be freed once");
        assertTrue(FitScope.available(), "fits must still run in a pointer scope with this executioner");
    }

    /** Before the reclaimer this crashed in native code within 10-15 s in each of five runs. */
    @Test
    void aRunWithViewsSurvivesConstantGarbageCollection(@TempDir Path dir) throws Exception {
        survivesGcPressure(dir, 25, List.of("-Xms512m", "-Xmx512m", "-Xmn16m"));
    }

    /**
     * The studio runs under a concurrent collector where the JDK has one (the launcher's studio_gc):
     * weak references are then cleared while the threads run, not in a pause, and the reclaimer must
     * still free each buffer only once no native call can use it.
     */
    @Test
    void aRunWithViewsSurvivesTheStudiosConcurrentCollector(@TempDir Path dir) throws Exception {
        String collector = null;
        for (String candidate : List.of("-XX:+UseShenandoahGC", "-XX:+UseZGC")) {
            Process probe = new ProcessBuilder(java(), candidate, "-version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            if (probe.waitFor() == 0) {
                collector = candidate;
                break;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(collector != null, "this JDK has neither Shenandoah nor ZGC");
        survivesGcPressure(dir, 12, List.of(collector, "-Xms256m", "-Xmx256m"));
    }

    /** Runs {@link GcPressureRun} for {@code seconds} in a child JVM with {@code heapOptions}; fails unless it survived. */
    private static void survivesGcPressure(Path dir, int seconds, List<String> heapOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(heapOptions);
        command.addAll(List.of("-Dorg.bytedeco.javacpp.maxBytes=0", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "-Dorg.nd4j.log.initialization=false", "-XX:ErrorFile=" + dir.resolve("hs_err_%p.log"),
                "-cp", System.getProperty("java.class.path"), GcPressureRun.class.getName(), String.valueOf(seconds)));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child did not end");
        assertEquals(0, child.exitValue(), () -> "the child run with " + heapOptions + " failed:\n" + tail(output));
        assertTrue(output.contains("survived " + seconds + " s") && output.contains("reclaimer installed")
                && output.contains("lean registration installed"), output);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void makeGarbage() {
        for (int i = 0; i < 200; i++) {
            INDArray a = Nd4j.createFromArray(new float[]{i, i + 1, i + 2});
            a.addi(1);
        }
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
}
