package org.layerlab.engine.dl4j;

import org.deeplearning4j.util.ModelSerializer;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.train.TrainingConfig;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

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

    static void export(Path zip, Project project, NetworkPlan plan, TrainingConfig config, NetworkAdapter live,
                       DataNormalization normalizer, Map<String, Object> provenance) throws IOException {
        Path target = zip.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        NetworkAdapter plain = Copies.preservingRandom(() -> NetworkCompiler.compile(plan, config, true));
        Path tmp = Files.createTempFile(dir, ".layerlab-model-", ".zip");
        try {
            plain.setParams(live.params().dup());
            String json = plain.configurationJson();
            if (json.contains("org.layerlab")) {
                throw new IllegalStateException("the exported configuration still refers to a LayerLab class");
            }
            ModelSerializer.writeModel(plain.model(), tmp.toFile(), false);
            if (normalizer != null) {
                ModelSerializer.addNormalizerToModel(tmp.toFile(), normalizer);
            }
            try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + tmp.toUri()), Map.of())) {
                Path entry = fs.getPath(PROJECT_ENTRY);
                Files.createDirectories(entry.getParent());
                Files.writeString(entry, ProjectFile.toJson(project), StandardCharsets.UTF_8);
                Files.writeString(fs.getPath(PROVENANCE_ENTRY),
                        ProjectFile.mapper().writeValueAsString(provenance), StandardCharsets.UTF_8);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            plain.close();
            Files.deleteIfExists(tmp);
        }
    }
}
