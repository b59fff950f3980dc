package org.layerlab.engine.cli;

import org.layerlab.engine.Engine;
import org.layerlab.engine.data.SampleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;

/** {@code layerlab info}: versions, the backend ND4J runs on, threads, memory and where the sample data is. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print versions, the ND4J backend, native threads, memory and the sample-data folder.")
final class InfoCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        row(out, "LayerLab", Engine.version());
        row(out, "Deeplearning4j", Engine.mavenVersion("org.deeplearning4j", "deeplearning4j-nn", "unknown"));
        row(out, "Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        row(out, "OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + ", " + rt.availableProcessors() + " cores");
        row(out, "JVM heap", String.format(Locale.ROOT, "max %,d MB", rt.maxMemory() / (1024 * 1024)));
        String cap = System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes",
                System.getProperty("org.bytedeco.javacpp.maxphysicalbytes", "JavaCPP default"));
        row(out, "Off-heap cap", "0".equals(cap) ? "none (the fixed heap bounds native memory: ND4J frees it "
                + "when the GC collects its Java wrappers)" : cap);
        String omp = System.getenv("OMP_NUM_THREADS");
        row(out, "Native threads", omp == null ? "OMP_NUM_THREADS not set" : "OMP_NUM_THREADS=" + omp);
        String coreType = System.getenv("OPENBLAS_CORETYPE");
        row(out, "BLAS kernels", coreType == null ? "OpenBLAS picks (OPENBLAS_CORETYPE not set)"
                : "OPENBLAS_CORETYPE=" + coreType);
        row(out, "Sample data", SampleData.find().map(Object::toString).orElse("not found (set -Dlayerlab.sampleData)"));
        out.flush();
        row(out, "Backend", Engine.backend());
        out.flush();
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf(Locale.ROOT, "%-15s %s%n", name, value);
    }
}
