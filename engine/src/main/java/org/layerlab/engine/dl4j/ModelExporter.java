package org.layerlab.engine.dl4j;

import org.deeplearning4j.util.ModelSerializer;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.train.TrainingConfig;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a trained network as a DL4J model zip that a plain DL4J program restores with
 * {@code ModelSerializer} alone: a copy of the network whose configuration holds only stock DL4J
 * classes, the normalizer, and two LayerLab entries (the project and the provenance).
 */
final class ModelExporter {

    static final String PROJECT_ENTRY = "layerlab/project.json";
    static final String PROVENANCE_ENTRY = "layerlab/provenance.json";

    private ModelExporter() {
    }

    /**
     * Copies the zip and adds text entries. No directory entries: DL4J's stream reader
     * ({@code ModelSerializer.restoreNormalizerFromFile}) rejects any directory entry in a model zip.
     */
    private static void appendEntries(Path source, Path target, Map<String, String> entries) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(source)));
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    static void export(Path zip, Project project, NetworkPlan plan, TrainingConfig config, NetworkAdapter live,
                       DataNormalization normalizer, Map<String, Object> provenance) throws IOException {
        Path target = zip.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        String projectJson = ProjectFile.toJson(project);
        String provenanceJson = ProjectFile.mapper().writeValueAsString(provenance);
        Path dl4jZip = Files.createTempFile(dir, ".layerlab-model-", ".zip");
        Path staged = Files.createTempFile(dir, ".layerlab-model-", ".zip");
        try {
            // building and writing the copy must not move the training run's random stream
            Copies.preservingRandom(() -> {
                writePlainCopy(dl4jZip, plan, config, live, normalizer);
                return null;
            });
            appendEntries(dl4jZip, staged, Map.of(PROJECT_ENTRY, projectJson, PROVENANCE_ENTRY, provenanceJson));
            try {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(dl4jZip);
            Files.deleteIfExists(staged);
        }
    }

    /** A copy of the network with only stock DL4J classes in its configuration, and the normalizer. */
    private static void writePlainCopy(Path file, NetworkPlan plan, TrainingConfig config, NetworkAdapter live,
                                       DataNormalization normalizer) {
        NetworkAdapter plain = NetworkCompiler.compile(plan, config, true);
        try {
            plain.setParams(live.params().dup());
            if (plain.configurationJson().contains("org.layerlab")) {
                throw new IllegalStateException("the exported configuration still refers to a LayerLab class");
            }
            ModelSerializer.writeModel(plain.model(), file.toFile(), false);
            if (normalizer != null) {
                ModelSerializer.addNormalizerToModel(file.toFile(), normalizer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            plain.close();
        }
    }
}
