package org.layerlab.engine.cli;

import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;

/** {@code layerlab datasets}: the built-in datasets, what they are and their default settings. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the built-in datasets with their descriptions and defaults.")
final class DatasetsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Datasets (the key goes in a project's \"dataset\": {\"kind\": ...}):");
        out.println();
        for (DatasetKind kind : DatasetKind.values()) {
            out.printf(Locale.ROOT, "  %-11s %s%n", kind.key(), kind.description());
            out.printf(Locale.ROOT, "  %-11s defaults: %s%n", "", defaults(DatasetSpec.defaultsFor(kind)));
        }
        out.flush();
    }

    /** "1000 samples, noise 0.2, split 70/30/0, standardize, seed 42". */
    static String defaults(DatasetSpec d) {
        StringBuilder text = new StringBuilder();
        switch (d.kind()) {
            case MNIST -> text.append(d.samples() == 0 ? "all 8,000 training digits" : d.samples() + " digits")
                    .append(", split ").append(percent(d.trainRatio())).append('/')
                    .append(percent(d.validationRatio())).append(" train/validation, test = the 2,000 test digits");
            case CSV -> text.append("\"path\" names the file; label = the last column unless \"labelColumn\"")
                    .append(", split ").append(split(d));
            default -> {
                text.append(d.samples()).append(" samples, noise ").append(d.noise());
                if (d.kind() == DatasetKind.BLOBS) {
                    text.append(", ").append(d.classes()).append(" classes");
                }
                text.append(", split ").append(split(d));
            }
        }
        return text.append(", ").append(d.normalization().key()).append(", seed ").append(d.seed()).toString();
    }

    private static String split(DatasetSpec d) {
        return percent(d.trainRatio()) + "/" + percent(d.validationRatio()) + "/" + percent(d.testRatio())
                + " train/validation/test";
    }

    private static String percent(double ratio) {
        return Long.toString(Math.round(ratio * 100));
    }
}
