package org.layerlab.engine.cli;

import org.layerlab.engine.Engine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;

/**
 * {@code layerlab}: the headless commands. {@link #main} exits with the command's code; tests use
 * {@link #commandLine(PrintWriter, PrintWriter)} to run commands in-process and read their output.
 */
@Command(name = "layerlab",
        mixinStandardHelpOptions = true,
        versionProvider = LayerLabCli.Version.class,
        description = "LayerLab on the command line: train a project, list datasets, benchmark. "
                + "Run ./layerlab with no command to start the studio.",
        subcommands = {TrainCommand.class, DatasetsCommand.class, InfoCommand.class, BenchCommand.class,
                LessonCommand.class, SweepCommand.class, CompareCommand.class, CommandLine.HelpCommand.class})
public final class LayerLabCli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The command line with LayerLab's error handling, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new LayerLabCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine where = ex.getCommandLine();
            where.getErr().println("layerlab: " + firstLine(ex.getMessage()) + " (see '"
                    + where.getCommandSpec().qualifiedName() + " --help')");
            where.getErr().flush();
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, where, parseResult) -> {
            where.getErr().println("layerlab: " + describe(ex));
            where.getErr().flush();
            if (System.getenv("LAYERLAB_DEBUG") != null) {
                ex.printStackTrace(where.getErr());
            }
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("layerlab: no command given; one of: train, datasets, info, bench, lesson, sweep, compare"
                + " (see 'layerlab --help'; ./layerlab alone starts the studio)");
        return CommandLine.ExitCode.USAGE;
    }

    /**
     * What went wrong, for the user: the message of a {@link CliException} as written (a project's
     * problems take one line each); anything else as one line with the exception's name.
     */
    static String describe(Throwable ex) {
        String message = ex.getMessage() == null ? "" : ex.getMessage().strip();
        if (ex instanceof CliException) {
            return message;
        }
        String name = ex.getClass().getSimpleName();
        return message.isEmpty() ? name : name + ": " + firstLine(message);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    /** {@code layerlab --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"LayerLab " + Engine.version()
                    + " (Deeplearning4j " + Engine.mavenVersion("org.deeplearning4j", "deeplearning4j-nn", "?")
                    + ", Java " + System.getProperty("java.version") + ")"};
        }
    }
}
