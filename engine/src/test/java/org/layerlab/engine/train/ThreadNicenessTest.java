package org.layerlab.engine.train;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.Engine;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ThreadNicenessTest {

    @Test
    void aThreadLowersItsOwnPriorityAndNoOtherThreads() throws Exception {
        assumeLinuxWithRenice();
        int mine = ThreadNiceness.current().orElseThrow();
        AtomicBoolean set = new AtomicBoolean();
        AtomicInteger after = new AtomicInteger(-1);
        Thread t = new Thread(() -> {
            set.set(ThreadNiceness.setCurrent(Math.max(mine, 7)));
            after.set(ThreadNiceness.current().orElse(-1));
        });
        t.start();
        t.join();
        assertTrue(set.get());
        assertEquals(Math.max(mine, 7), after.get());
        assertEquals(mine, ThreadNiceness.current().orElseThrow(), "the calling thread changed too");
    }

    @Test
    void threadsNamedWithAPrefixAreLoweredTogetherAndNoOthers() throws Exception {
        assumeLinuxWithRenice();
        int mine = ThreadNiceness.current().orElseThrow();
        CountDownLatch done = new CountDownLatch(1);
        // the JVM gives a thread its Linux name as it starts running, after start() returns: wait for it
        CountDownLatch running = new CountDownLatch(3);
        List<Thread> threads = new ArrayList<>();
        for (String name : List.of("nicetest-a", "nicetest-b", "othertest-c")) {
            Thread t = new Thread(() -> {
                running.countDown();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        try {
            assertTrue(running.await(10, java.util.concurrent.TimeUnit.SECONDS), "the threads did not start");
            int nice = Math.max(mine, 9);
            List<String> changed = ThreadNiceness.setThreads(List.of("nicetest-"), nice);

            assertEquals(List.of("nicetest-a", "nicetest-b"), changed.stream().sorted().toList());
            assertEquals(OptionalInt.of(nice), niceOfThread("nicetest-a"));
            assertEquals(OptionalInt.of(nice), niceOfThread("nicetest-b"));
            assertEquals(OptionalInt.of(mine), niceOfThread("othertest-c"));
            assertEquals(mine, ThreadNiceness.current().orElseThrow(), "the calling thread changed too");
            assertEquals(List.of(), ThreadNiceness.setThreads(List.of("no-such-thread-"), nice));
        } finally {
            done.countDown();
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    @Test
    void theTrainingHelpersIncludeTheJitCompilersAndTheNativeReclaimerButNotTheCollectorsWorkers() {
        assertTrue(ThreadNiceness.TRAINING_HELPERS.contains("C2 CompilerThre"));
        assertTrue(ThreadNiceness.TRAINING_HELPERS.contains("layerlab-native"));
        assertTrue(ThreadNiceness.TRAINING_HELPERS.stream().noneMatch("GC Thread#0"::startsWith));
        assertTrue(ThreadNiceness.TRAINING_HELPERS.stream().allMatch(p -> p.length() <= 15),
                "Linux keeps 15 characters of a thread's name");
    }

    @Test
    void valuesOutsideLinuxsRangeAreRefusedWithTheValue() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> ThreadNiceness.setCurrent(-1));
        assertTrue(low.getMessage().contains("-1"), low.getMessage());
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class, () -> ThreadNiceness.setCurrent(20));
        assertTrue(high.getMessage().contains("20"), high.getMessage());
    }

    @Test
    void aRunsTrainingAndViewThreadsRunAtItsNiceValueWhichCannotChangeOnceStarted() throws Exception {
        assumeLinuxWithRenice();
        Project moons = ProjectFile.read(SampleData.resolve("projects/moons.json"));
        moons = moons.withTraining(moons.training().withEpochs(1_000_000));
        try (TrainingRun run = Engine.prepareRun(moons)) {
            run.setNiceness(11);
            run.start();
            assertTrue(run.awaitStatus(s -> s.epoch() >= 2, Duration.ofSeconds(60)));
            assertEquals(OptionalInt.of(11), niceOfThread("layerlab-traini"));
            assertEquals(OptionalInt.of(11), niceOfThread("layerlab-views"));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> run.setNiceness(3));
            assertTrue(e.getMessage().contains("before the run starts"), e.getMessage());
            run.stop();
        }
    }

    @Test
    void aRunsTrainingAndViewThreadsRunUnderSchedIdleWhenAsked() throws Exception {
        assumeLinuxWith("chrt");
        Project moons = ProjectFile.read(SampleData.resolve("projects/moons.json"));
        moons = moons.withTraining(moons.training().withEpochs(1_000_000));
        try (TrainingRun run = Engine.prepareRun(moons)) {
            run.setIdleScheduling(true);
            run.start();
            assertTrue(run.awaitStatus(s -> s.epoch() >= 2, Duration.ofSeconds(60)));
            assertEquals(OptionalInt.of(ThreadNiceness.SCHED_IDLE), policyOfThread("layerlab-traini"));
            assertEquals(OptionalInt.of(ThreadNiceness.SCHED_IDLE), policyOfThread("layerlab-views"));
            assertTrue(run.awaitStatus(s -> s.epoch() >= 20, Duration.ofSeconds(60)), "the run did not go on training");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> run.setIdleScheduling(false));
            assertTrue(e.getMessage().contains("before the run starts"), e.getMessage());
            run.stop();
        }
        // the calling thread and the others are left as they were
        assertEquals(OptionalInt.of(0), ThreadNiceness.currentPolicy());
    }

    @Test
    void thePolicyIsReadFromTheStatFieldAfterTheCommandName() {
        String stat = "4242 (odd) name) S 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 10 20 21 22 23 24 "
                + "25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 5 0 0 0 0 0 0 0 0 0 0 0";
        assertEquals(OptionalInt.of(5), ThreadNiceness.policyIn(stat));
        assertEquals(OptionalInt.of(10), ThreadNiceness.niceIn(stat));
    }

    private static void assumeLinuxWith(String tool) {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "not Linux");
        assumeTrue(Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool))), tool + " is not installed");
    }

    /** The scheduling policy of this process's thread whose (15-character) Linux name is {@code comm}. */
    private static OptionalInt policyOfThread(String comm) throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                if (Files.readString(task.resolve("comm")).trim().equals(comm)) {
                    return ThreadNiceness.policyIn(Files.readString(task.resolve("stat")));
                }
            }
        }
        return OptionalInt.empty();
    }

    private static void assumeLinuxWithRenice() {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "not Linux");
        boolean renice = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "renice")));
        assumeTrue(renice, "renice is not installed");
    }

    /** The nice value of this process's thread whose (15-character) Linux name is {@code comm}. */
    private static OptionalInt niceOfThread(String comm) throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name = Files.readString(task.resolve("comm")).trim();
                if (name.equals(comm)) {
                    return ThreadNiceness.niceIn(Files.readString(task.resolve("stat")));
                }
            }
        }
        return OptionalInt.empty();
    }
}
