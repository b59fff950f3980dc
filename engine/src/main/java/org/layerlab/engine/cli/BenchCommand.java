package org.layerlab.engine.cli;

import org.layerlab.engine.Engine;
import org.layerlab.engine.data.DataException;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.dl4j.Backend;
import org.layerlab.engine.dl4j.Dl4jModels;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.export.ProjectFileException;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerSpec;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.RunState;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code layerlab bench}: the figures that say whether training is fast enough to teach with, after
 * warm-up: the moons network per iteration and per epoch, one 100x100 decision grid, and MNIST MLP
 * throughput. Prints a table of median and 90th percentile.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the moons network, the 100x100 decision grid and the MNIST MLP (median, p90).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "a few repetitions only: checks that the bench runs, measures little")
    private boolean quick;

    private PrintWriter out;

    @Override
    public Integer call() throws InterruptedException {
        out = spec.commandLine().getOut();
        Backend.configureThreads();
        String omp = System.getenv("OMP_NUM_THREADS");
        out.println("LayerLab bench: " + Engine.backend() + ", "
                + (omp == null ? "OMP_NUM_THREADS not set" : "OMP_NUM_THREADS=" + omp)
                + ", OPENBLAS_CORETYPE=" + System.getenv().getOrDefault("OPENBLAS_CORETYPE", "(not set)")
                + ", Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores" + (quick ? " (quick: too few repetitions to trust)" : ""));
        out.println("p90 is the 90th percentile of the time; for a rate, the rate at that time.");
        out.println();
        out.printf(Locale.ROOT, "%-52s %10s %10s  %s%n", "name", "median", "p90", "unit");
        out.flush();

        Project moons = project("moons.json");
        PreparedData moonsData = data(moons);
        moonsIterationsAndGrid(moons, moonsData);
        moonsEpochs(moons, moonsData, false);
        moonsEpochs(moons, moonsData, true);
        Project mnist = project("mnist-mlp.json");
        mnistThroughput(mnist, data(mnist));
        return 0;
    }

    private static PreparedData data(Project project) {
        try {
            return Engine.prepareData(project.dataset());
        } catch (DataException e) {
            throw new CliException("cannot prepare the data of the benchmark project '" + project.name() + "': "
                    + e.getMessage(), e);
        }
    }

    private void moonsIterationsAndGrid(Project project, PreparedData data) {
        int batch = project.training().batchSize();
        try (TrainableModel model = Dl4jModels.create(project.graph(), project.training(), data)) {
            Timings fit = timeIterations(model, quick ? 20 : 300, quick ? 30 : 2000);
            row("moons iteration (" + shape(project) + ", batch " + batch + ")", fit.median(), fit.p90(), "ms");
            Timings grid = new Timings();
            for (int i = 0; i < (quick ? 3 : 20) + (quick ? 5 : 100); i++) {
                long t0 = System.nanoTime();
                model.decisionSurface(1, TrainingRun.SURFACE_SIZE, TrainingRun.SURFACE_SIZE);
                if (i >= (quick ? 3 : 20)) {
                    grid.add((System.nanoTime() - t0) / 1e6);
                }
            }
            row("decision grid 100x100 (one batched output)", grid.median(), grid.p90(), "ms");
        }
    }

    /** Whole epochs through a real run with views off (headless) or on (as the studio draws them). */
    private void moonsEpochs(Project project, PreparedData data, boolean views) throws InterruptedException {
        int warmUp = quick ? 2 : 10;
        int measured = quick ? 4 : 60;
        Project longer = project.withTraining(project.training().withEpochs(warmUp + measured));
        try (TrainingRun run = Engine.prepareRun(longer, data)) {
            run.setViewsEnabled(views);
            run.start();
            if (!run.awaitState(RunState::isOver, Duration.ofMinutes(10))
                    || run.status().state() != RunState.FINISHED) {
                throw new CliException("the moons benchmark run did not finish: " + run.status().message());
            }
            List<EpochMetrics> metrics = run.mailbox().metricsSince(0);
            Timings epoch = new Timings();
            for (int i = warmUp; i < metrics.size(); i++) {
                epoch.add(metrics.get(i).elapsedMillis() - metrics.get(i - 1).elapsedMillis());
            }
            String what = views ? "with live views" : "headless";
            row("moons epoch, " + what + " (" + run.status().batchesPerEpoch() + " batches + eval)",
                    epoch.median(), epoch.p90(), "ms");
            row("moons epochs/s, " + what, 1000 / epoch.median(), 1000 / epoch.p90(), "epochs/s");
        }
    }

    private void mnistThroughput(Project project, PreparedData data) {
        int batch = project.training().batchSize();
        try (TrainableModel model = Dl4jModels.create(project.graph(), project.training(), data)) {
            Timings fit = timeIterations(model, quick ? 2 : 15, quick ? 5 : 80);
            row("mnist mlp iteration (" + shape(project) + ", batch " + batch + ")", fit.median(), fit.p90(), "ms");
            row("mnist mlp training throughput", batch * 1000 / fit.median(), batch * 1000 / fit.p90(),
                    "samples/s");
        }
    }

    /** Fits {@code warmUp} then {@code measured} minibatches, epoch after epoch, timing each measured one. */
    private static Timings timeIterations(TrainableModel model, int warmUp, int measured) {
        Timings timings = new Timings();
        int done = 0;
        for (int epoch = 0; done < warmUp + measured; epoch++) {
            model.beginEpoch(epoch);
            for (int b = 0; b < model.batchesPerEpoch() && done < warmUp + measured; b++, done++) {
                long t0 = System.nanoTime();
                model.fitBatch(b);
                if (done >= warmUp) {
                    timings.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        return timings;
    }

    private void row(String name, double median, double p90, String unit) {
        out.printf(Locale.ROOT, "%-52s %10s %10s  %s%n", name, figure(median), figure(p90), unit);
        out.flush();
    }

    private static String figure(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** "2-16-16-2": the units of the input and every Dense / Output layer, from the graph. */
    private static String shape(Project project) {
        StringBuilder text = new StringBuilder();
        project.graph().topologicalOrder().orElseThrow().forEach(node -> {
            Integer units = unitsOf(node.spec());
            if (units != null) {
                text.append(text.length() == 0 ? "" : "-").append(units);
            }
        });
        return text.toString();
    }

    private static Integer unitsOf(LayerSpec spec) {
        if (spec instanceof InputSpec input) {
            return input.features();
        }
        if (spec instanceof DenseSpec dense) {
            return dense.units();
        }
        if (spec instanceof OutputSpec output) {
            return output.units();
        }
        return null;
    }

    private static Project project(String name) {
        String relative = "projects/" + name;
        try {
            return ProjectFile.read(SampleData.resolve(relative));
        } catch (ProjectFileException | IllegalStateException e) {
            throw new CliException("cannot read the benchmark project sample-data/" + relative + ": "
                    + e.getMessage(), e);
        }
    }
}
