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
import java.util.OptionalInt;
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
