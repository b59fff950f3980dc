package org.layerlab.engine.cli;

import org.layerlab.engine.Engine;
import org.layerlab.engine.InvalidProjectException;
import org.layerlab.engine.data.DataException;
import org.layerlab.engine.export.MetricsCsv;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.export.ProjectFileException;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.Evaluation;
import org.layerlab.engine.train.RunState;
import org.layerlab.engine.train.RunStatus;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainingRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code layerlab train}: trains a project file headless, printing progress and metrics. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a project file (as the studio saves it) and print per-epoch metrics.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<project.json>", description = "the project file to train")
    private Path projectFile;

    @Option(names = "--epochs", paramLabel = "N", description = "train N epochs instead of the project's number")
    private Integer epochs;

    @Option(names = "--seed", paramLabel = "S",
            description = "seed of weight initialisation, shuffling and dropout (the dataset keeps its own seed)")
    private Long seed;

    @Option(names = "--export", paramLabel = "model.zip", description = "write the trained model to this DL4J zip")
    private Path export;

    @Option(names = "--metrics", paramLabel = "metrics.csv", description = "write per-epoch metrics to this CSV")
    private Path metrics;

    @Option(names = {"-q", "--quiet"}, description = "print only the final result line")
    private boolean quiet;

    @Override
    public Integer call() throws InterruptedException {
        if (epochs != null && epochs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--epochs must be at least 1, found " + epochs);
        }
        checkWritable(export);
        checkWritable(metrics);
        Project project = readProject();
        PrintWriter out = spec.commandLine().getOut();
        try (TrainingRun run = prepare(project)) {
            run.setViewsEnabled(false);
            ProgressPrinter progress = new ProgressPrinter(out, !quiet && System.console() != null);
            RunStatus end = follow(run, quiet ? null : progress);
            List<EpochMetrics> rows = run.mailbox().metricsSince(0);
            if (metrics != null) {
                writeMetrics(rows);
            }
            if (end.state() != RunState.FINISHED) {
                throw new CliException(end.message().isEmpty() ? "training ended " + end.state().name().toLowerCase()
                        : end.message());
            }
            if (!quiet) {
                progress.message(end.message());
            }
            progress.result(run.evaluate(SplitName.TRAIN), run.evaluate(SplitName.VALIDATION),
                    run.evaluate(SplitName.TEST));
            if (export != null) {
                exportModel(run, out);
            }
        }
        return CommandLine.ExitCode.OK;
    }

    private Project readProject() {
        Project project;
        try {
            project = ProjectFile.read(projectFile);
        } catch (ProjectFileException e) {
            throw new CliException("cannot read " + projectFile + ": " + e.getMessage(), e);
        }
        if (epochs != null) {
            project = project.withTraining(project.training().withEpochs(epochs));
        }
        if (seed != null) {
            project = project.withTraining(project.training().withSeed(seed));
        }
        return project;
    }

    private TrainingRun prepare(Project project) {
        try {
            return Engine.prepareRun(project);
        } catch (DataException e) {
            throw new CliException("cannot prepare the data of " + projectFile + ": " + e.getMessage(), e);
        } catch (InvalidProjectException e) {
            throw new CliException(projectFile + ": " + e.getMessage(), e);
        }
    }

    /** Starts the run and prints each epoch as it ends; returns the status the run ended (or paused) in. */
    private static RunStatus follow(TrainingRun run, ProgressPrinter progress) throws InterruptedException {
        run.start();
        int printed = 0;
        int budget = run.status().epochBudget();
        while (true) {
            int seen = printed;
            run.awaitStatus(s -> s.state() != RunState.RUNNING || s.epoch() > seen, Duration.ofMillis(250));
            RunStatus status = run.status();
            List<EpochMetrics> fresh = run.mailbox().metricsSince(printed);
            printed += fresh.size();
            if (progress != null) {
                fresh.forEach(m -> progress.epoch(m, budget));
            }
            if (status.state() != RunState.RUNNING) {
                if (status.state() == RunState.PAUSED) {
                    // Only a diverging loss pauses a run nobody steers: end it there.
                    run.stop();
                }
                return status;
            }
            if (progress != null) {
                progress.live(status);
            }
        }
    }

    private void writeMetrics(List<EpochMetrics> rows) {
        try {
            MetricsCsv.write(metrics, rows);
        } catch (IOException e) {
            throw new CliException("cannot write " + metrics + ": " + e.getMessage(), e);
        }
    }

    private void exportModel(TrainingRun run, PrintWriter out) {
        try {
            run.exportModel(export);
        } catch (IOException e) {
            throw new CliException("cannot export the model to " + export + ": " + e.getMessage(), e);
        }
        if (!quiet) {
            out.println("model written to " + export);
            out.flush();
        }
    }

    /** Fails before training, not after it, when an output file cannot be written. */
    private static void checkWritable(Path file) {
        if (file == null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CliException("cannot write " + file + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new CliException("cannot write " + file + ": it is a folder");
        }
    }
}
