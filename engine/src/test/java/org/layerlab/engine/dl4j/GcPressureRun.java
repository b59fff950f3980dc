package org.layerlab.engine.dl4j;

import org.layerlab.engine.Engine;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.train.RunState;
import org.layerlab.engine.train.TrainingRun;

import java.time.Duration;

/**
 * A child JVM for {@link NativeReclaimerTest}: the moons run with its view thread at full speed
 * while another thread allocates without pause, so young collections (of a 16 MB young generation)
 * come every few milliseconds. Prints "survived" and the epoch count when it lasted the given
 * seconds; a native crash ends the process with a non-zero code instead.
 */
public final class GcPressureRun {

    private static volatile Object sink;

    private GcPressureRun() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        Project moons = ProjectFile.read(SampleData.resolve("projects/moons.json"));
        moons = moons.withTraining(moons.training().withEpochs(100_000_000));
        PreparedData data = Engine.prepareData(moons.dataset());
        Thread garbage = new Thread(() -> {
            while (true) {
                sink = new byte[64 * 1024];
            }
        }, "garbage");
        garbage.setDaemon(true);
        garbage.start();
        try (TrainingRun run = Engine.prepareRun(moons, data)) {
            run.setViewInterval(Duration.ZERO);
            run.start();
            if (run.awaitState(RunState::isOver, Duration.ofSeconds(seconds))) {
                System.out.println("ended early: " + run.status().message());
                System.exit(3);
            }
            System.out.println("survived " + seconds + " s, " + run.status().epoch() + " epochs, reclaimer "
                    + (NativeReclaimer.installed() ? "installed" : "missing") + ", lean registration "
                    + (NativeReclaimer.leanInstalled() ? "installed" : "missing") + ", freed " + NativeReclaimer.freed());
            run.stop();
        }
        System.exit(0);
    }
}
