package org.layerlab.engine.cli;

import org.layerlab.engine.data.DataException;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.teach.Comparison;
import org.layerlab.engine.teach.ComparisonResult;
import org.layerlab.engine.teach.RunContext;
import org.layerlab.engine.teach.Variant;
import org.layerlab.engine.teach.VariantResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code layerlab compare}: trains project files side by side and lists how each differs from the first. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Train two or more project files on their data and seeds, list how each differs from the first,"
                + " and print their final figures.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "<project.json>", description = "the base project, then the variants")
    private List<Path> files;

    @Option(names = "--epochs", paramLabel = "N", description = "train every project N epochs")
    private Integer epochs;

    @Option(names = {"-q", "--quiet"}, description = "print only the differences and the table")
    private boolean quiet;

    @Override
    public Integer call() throws DataException {
        List<Variant> variants = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            Project p = ProjectFiles.read(file, epochs);
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            while (!names.add(name)) {
                name = name + "'";
            }
            variants.add(new Variant(name, p));
        }
        PrintWriter out = spec.commandLine().getOut();
        ComparisonResult result;
        try {
            result = Comparison.run(variants.get(0).project(), variants,
                    RunContext.headless().withListener(RunTable.progress(out, quiet)));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        for (VariantResult v : result.variants().subList(1, result.variants().size())) {
            out.println(v.name() + " differs from " + variants.get(0).name() + ":"
                    + (v.differences().isEmpty() ? " nothing" : ""));
            v.differences().forEach(d -> out.println("  " + d));
        }
        RunTable.print(out, result.variants().stream().map(VariantResult::run).toList(), -1);
        return CommandLine.ExitCode.OK;
    }
}
