package org.layerlab.engine.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code sample-data} folder (bundled MNIST, CSV files, example projects), in this order: the
 * system property {@value #PROPERTY}, the environment variable {@value #ENV}, a {@code sample-data} folder in
 * the working directory or up to {@value #PARENTS} parents above it, then one beside the running jar or
 * classes folder or above it (so {@code app/target/lib/*.jar} finds the repository's copy).
 */
public final class SampleData {

    public static final String PROPERTY = "layerlab.sampleData";
    public static final String ENV = "LAYERLAB_SAMPLE_DATA";
    public static final String FOLDER = "sample-data";
    /** Parent directories of the working directory that are searched. */
    public static final int PARENTS = 4;
    /** Parent directories of the code location that are searched. */
    private static final int CODE_PARENTS = 6;

    private SampleData() {
    }

    /**
     * The sample-data folder.
     *
     * @throws IllegalStateException when it cannot be found, or when the property or variable names a path
     *                               that is not a folder; the message lists where it looked
     */
    public static Path root() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return explicit(property, "system property " + PROPERTY);
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return explicit(env, "environment variable " + ENV);
        }
        List<Path> looked = new ArrayList<>();
        Optional<Path> found = search(Paths.get("").toAbsolutePath(), PARENTS, looked);
        if (found.isEmpty()) {
            Optional<Path> code = codeLocation();
            if (code.isPresent()) {
                found = search(code.get(), CODE_PARENTS, looked);
            }
        }
        return found.orElseThrow(() -> new IllegalStateException("cannot find the " + FOLDER + " folder: set -D"
                + PROPERTY + "=<folder> or " + ENV + "; looked in " + looked));
    }

    /** {@link #root()}, or empty instead of an exception. */
    public static Optional<Path> find() {
        try {
            return Optional.of(root());
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The bundled MNIST folder, {@code sample-data/mnist}. */
    public static Path mnist() {
        return root().resolve("mnist");
    }

    /** A path inside the sample-data folder, e.g. {@code resolve("csv/two-scales.csv")}. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    private static Path explicit(String value, String source) {
        Path path = Paths.get(value.strip()).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException(source + " points to " + path + ", which is not a folder");
        }
        return path;
    }

    private static Optional<Path> search(Path start, int parents, List<Path> looked) {
        Path dir = start;
        for (int up = 0; up <= parents && dir != null; up++) {
            Path candidate = dir.resolve(FOLDER);
            looked.add(candidate);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.normalize());
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** The folder holding the running jar, or the classes folder when run from a build. */
    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = SampleData.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Paths.get(source.getLocation().toURI()).toAbsolutePath();
            return Optional.ofNullable(Files.isDirectory(location) ? location : location.getParent());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
