package org.layerlab.engine.cli;

import org.layerlab.engine.Engine;
import org.layerlab.engine.data.DataException;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.dl4j.Backend;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.export.ProjectFileException;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerSpec;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.cli.BenchTable.Goal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code layerlab bench}: the figures that say whether training is fast enough to teach with, each
 * case after a warm-up in this process, as a table of median, p90, target and PASS / MISS. The UI
 * frame and start-up cases run the studio as a child process; the soak is an option.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark training and views against LayerLab's targets: a table of median, p90, "
                + "target and PASS/MISS per case.",
                "Default cases: playground, view cost, moons iteration, decision grid, MNIST MLP (about 2 minutes)."})
final class BenchCommand implements Callable<Integer> {

    static final String PLAYGROUND = "playground.json";
    static final String MOONS = "moons.json";
    static final String MNIST = "mnist-mlp.json";

    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "a few repetitions only: checks that the bench runs, measures little")
    private boolean quick;

    @Option(names = "--ui", description = "also the UI frame case: the studio (under Xvfb when there is no display) "
            + "training the playground at full speed with every view open")
    private boolean ui;

    @Option(names = "--startup", description = "also the start-up case: the launcher to a usable window, second start")
    private boolean startup;

    @Option(names = "--soak", paramLabel = "MINUTES",
            description = "also the soak case: the moons run at full speed for MINUTES, resident memory each minute")
    private int soakMinutes;

    @Option(names = "--no-engine-cases", description = "skip the default cases (with --ui, --startup or --soak)")
    private boolean noEngineCases;

    private PrintWriter out;
    private final List<String> notes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        if (soakMinutes < 0) {
            throw new CliException("--soak must be a number of minutes, 1 or more, found " + soakMinutes);
        }
        Backend.configureThreads();
        String omp = System.getenv("OMP_NUM_THREADS");
        out.println("LayerLab bench " + LocalDate.now() + ": " + Engine.backend() + ", "
                + (omp == null ? "OMP_NUM_THREADS not set" : "OMP_NUM_THREADS=" + omp)
                + ", OPENBLAS_CORETYPE=" + System.getenv().getOrDefault("OPENBLAS_CORETYPE", "(not set)")
                + ", Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + loadAverage() + (quick ? " (quick: too few repetitions to trust)" : ""));
        out.println("Times are medians and 90th percentiles after warm-up; for a rate, p90 is the rate at the p90 time.");
        out.println();
        BenchTable table = new BenchTable(out);
        table.header();
        if (!noEngineCases) {
            engineCases(table);
        }
        if (ui) {
            new ChildBench(out, quick).uiFrames(table, notes);
        }
        if (startup) {
            new ChildBench(out, quick).startup(table, notes);
        }
        if (soakMinutes > 0) {
            SoakBench.run(project(MOONS), data(project(MOONS)), soakMinutes, table, notes, out);
        }
        out.println();
        notes.forEach(out::println);
        out.println("Load average at the end: " + loadAverage() + " (other work on the machine slows every figure).");
        out.flush();
        return 0;
    }

    private void engineCases(BenchTable table) throws InterruptedException {
        Project playground = project(PLAYGROUND);
        // Warm-up: 300 epochs (about 5 s) let the JIT compile DL4J's and ND4J's hot paths; after 30 the
        // compiler was still at work and the figures were 10-20 % lower and noisier.
        EngineBench.Playground p = EngineBench.playground(playground, data(playground), quick ? 3 : 300,
                quick ? 2 : 12, quick ? 3 : 25);
        double on = p.withViews().median();
        double off = p.headless().median();
        table.row("playground epochs/s, every view", 1000 / on, 1000 / p.withViews().p90(), "epochs/s",
                Goal.AT_LEAST, 68);
        table.row("view cost (epochs/s lost to the views)", 100 * (1 - off / on), Double.NaN, "%", Goal.BELOW, 10);
        notes.add(String.format(Locale.ROOT, "playground: %s, %s; batch %d, %s lr %s; evaluation on both splits "
                        + "every epoch; views (100x100 surface, histograms, gradients) %.2f per epoch; "
                        + "%.1f epochs/s with the views off, alternating blocks of one run.",
                shape(playground), playground.dataset().kind().key(), playground.training().batchSize(),
                playground.training().optimizer().key(), playground.training().learningRate(), p.surfacesPerEpoch(),
                1000 / off));

        Project moons = project(MOONS);
        EngineBench.Iterations m = EngineBench.iterations(moons, data(moons), quick ? 20 : 500, quick ? 30 : 3000);
        table.row("moons iteration (" + shape(moons) + ", batch " + m.batchSize() + ")", m.millis().median(),
                m.millis().p90(), "ms", Goal.AT_MOST, 0.5);
        notes.add(String.format(Locale.ROOT, "moons iteration: one minibatch fit, %s, training alone (views off).",
                moons.training().optimizer().key()));

        if (p.surfaces().count() > 0) {
            table.row("decision grid 100x100 (" + p.surfaceThread() + ")", p.surfaces().median(), p.surfaces().p90(),
                    "ms", Goal.AT_MOST, 3);
            notes.add("decision grid: one 100x100 surface of the playground run, timed on the thread that computed it ("
                    + p.surfaceThread() + "), " + p.surfaces().count() + " surfaces.");
        }

        Project mnist = project(MNIST);
        // Warm-up: 1,000 minibatches (16 epochs, 5-7 s). Each minibatch runs little Java code, so the JIT
        // reaches DL4J's per-layer paths and the Adam loop late: in one process on an idle machine the
        // median of minibatches 40-140 was 6.1 ms, of 340-440 5.2 ms, of 1,000-1,400 4.3-4.4 ms.
        EngineBench.Iterations n = EngineBench.iterations(mnist, data(mnist), quick ? 2 : 1000, quick ? 5 : 300);
        table.row("mnist mlp (" + shape(mnist) + ", batch " + n.batchSize() + ")", n.gigaflopsAt(n.millis().median()),
                n.gigaflopsAt(n.millis().p90()), "GFLOP/s", Goal.AT_LEAST, 85);
        table.row("mnist mlp iteration", n.millis().median(), n.millis().p90(), "ms", Goal.NONE, 0);
        table.row("mnist mlp training throughput", n.batchSize() * 1000 / n.millis().median(),
                n.batchSize() * 1000 / n.millis().p90(), "samples/s", Goal.NONE, 0);
        // The BLAS's own ceiling on this machine: the MLP's figure is bounded by it (the same code read
        // 91 GFLOP/s on a Zen 5 machine and 57 on a Zen 4 one whose 1024 product runs at ~96).
        int size = 1024;
        Timings products = EngineBench.matrixProducts(size, quick ? 1 : 5, quick ? 2 : 30);
        double flops = 2.0 * size * size * size;
        double productGflops = flops / (products.median() * 1e6);
        table.row("matrix product " + size + "x" + size + ", float (BLAS ceiling)", productGflops,
                flops / (products.p90() * 1e6), "GFLOP/s", Goal.NONE, 0);
        notes.add(String.format(Locale.ROOT, "mnist mlp: GFLOP/s = 6 x %,d parameters x batch %d per iteration; training alone (views off); "
                        + "%.0f %% of the BLAS ceiling (one %dx%d float matrix product with the same threads and kernel).",
                n.parameters(), n.batchSize(), 100 * n.gigaflopsAt(n.millis().median()) / productGflops, size, size));
    }

    /** The 1, 5 and 15 minute load averages, as the kernel reports them, or "unknown". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static PreparedData data(Project project) {
        try {
            return Engine.prepareData(project.dataset());
        } catch (DataException e) {
            throw new CliException("cannot prepare the data of the benchmark project '" + project.name() + "': "
                    + e.getMessage(), e);
        }
    }

    /** "2-16-16-2": the units of the input and every Dense / Output layer, from the graph. */
    static String shape(Project project) {
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

    static Project project(String name) {
        String relative = "projects/" + name;
        try {
            return ProjectFile.read(SampleData.resolve(relative));
        } catch (ProjectFileException | IllegalStateException e) {
            throw new CliException("cannot read the benchmark project sample-data/" + relative + ": "
                    + e.getMessage(), e);
        }
    }
}
