package org.layerlab.engine.cli;

import org.layerlab.engine.InvalidProjectException;
import org.layerlab.engine.data.DataException;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.teach.RunContext;
import org.layerlab.engine.teach.RunResult;
import org.layerlab.engine.teach.SweepParameter;
import org.layerlab.engine.teach.SweepPoint;
import org.layerlab.engine.teach.SweepResult;
import org.layerlab.engine.teach.SweepSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code layerlab sweep}: trains a project once per value of one hyperparameter and marks the best value. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Train a project once per value of one hyperparameter; the best value (lowest final validation"
                + " loss) is starred.")
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<project.json>", description = "the project to sweep")
    private Path projectFile;

    @Option(names = "--param", required = true, paramLabel = "P",
            description = "what to vary: l2, l1, learning_rate, dropout_rate, units, training_size, label_noise")
    private String parameter;

    @Option(names = "--values", split = ",", paramLabel = "V,V,...", description = "the values, comma-separated")
    private List<Double> values;

    @Option(names = "--notes-lambdas", description = "the notes' lambdas: 0, 0.01, 0.02, 0.04, ..., 10.24")
    private boolean notesLambdas;

    @Option(names = "--node", paramLabel = "ID",
            description = "the layer it applies to (default: every layer it applies to)")
    private String node;

    @Option(names = "--epochs", paramLabel = "N", description = "train N epochs instead of the project's number")
    private Integer epochs;

    @Option(names = {"-q", "--quiet"}, description = "print only the table")
    private boolean quiet;

    @Override
    public Integer call() throws DataException {
        if ((values == null) == !notesLambdas) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either --values or --notes-lambdas");
        }
        SweepSpec sweep;
        try {
            sweep = new SweepSpec(SweepParameter.fromKey(parameter), node,
                    notesLambdas ? SweepSpec.notesLambdas() : values);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Project project = ProjectFiles.read(projectFile, epochs);
        PrintWriter out = spec.commandLine().getOut();
        SweepResult result;
        try {
            result = org.layerlab.engine.teach.Sweep.run(project, sweep,
                    RunContext.headless().withListener(RunTable.progress(out, quiet)));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        List<RunResult> runs = result.points().stream().map(SweepPoint::run).toList();
        RunTable.print(out, runs, result.bestIndex());
        if (result.bestIndex() >= 0) {
            out.println("best: " + result.best().label() + " (final validation loss "
                    + RunTable.number(result.best().finalValidationLoss()) + ")");
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
