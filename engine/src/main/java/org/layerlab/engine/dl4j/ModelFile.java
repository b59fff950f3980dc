package org.layerlab.engine.dl4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.util.ModelSerializer;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.export.ProjectFileException;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Loads a model zip written by LayerLab's export; anything else is refused with the file and the reason. */
public final class ModelFile {

    private ModelFile() {
    }

    public static LoadedModel load(Path file) throws ProjectFileException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ProjectFileException(file + " does not exist");
        }
        String projectJson;
        String provenanceJson;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(ModelSerializer.CONFIGURATION_JSON) == null
                    || zip.getEntry(ModelSerializer.COEFFICIENTS_BIN) == null) {
                throw new ProjectFileException(name + " is not a DL4J model: it has no "
                        + ModelSerializer.CONFIGURATION_JSON + " or " + ModelSerializer.COEFFICIENTS_BIN);
            }
            if (zip.getEntry(ModelExporter.PROJECT_ENTRY) == null || zip.getEntry(ModelExporter.PROVENANCE_ENTRY) == null) {
                throw new ProjectFileException(name + " is a DL4J model but not a LayerLab export: it has no "
                        + ModelExporter.PROJECT_ENTRY + " entry");
            }
            projectJson = text(zip, zip.getEntry(ModelExporter.PROJECT_ENTRY));
            provenanceJson = text(zip, zip.getEntry(ModelExporter.PROVENANCE_ENTRY));
        } catch (ZipException e) {
            throw new ProjectFileException(name + " is not a zip file, or it is truncated: " + e.getMessage(), e);
        } catch (ProjectFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ProjectFileException(name + " cannot be read, it may be damaged: " + e.getMessage(), e);
        }
        Project project = ProjectFile.fromJson(projectJson, name + "!" + ModelExporter.PROJECT_ENTRY);
        Map<String, Object> provenance;
        try {
            provenance = ProjectFile.mapper().readValue(provenanceJson, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(name + "!" + ModelExporter.PROVENANCE_ENTRY + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        LabelEncoding encoding;
        int features;
        try {
            encoding = LabelEncoding.fromKey(String.valueOf(provenance.get("labelEncoding")));
            features = ((Number) provenance.get("features")).intValue();
        } catch (RuntimeException e) {
            throw new ProjectFileException(name + ": the provenance lacks a valid labelEncoding or features count", e);
        }
        Model network = restore(file, name, Provenance.NETWORK_GRAPH.equals(provenance.get("network")));
        DataNormalization normalizer;
        try {
            normalizer = ModelSerializer.restoreNormalizerFromFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            network.close();
            throw new ProjectFileException(name + ": its normalizer cannot be restored: " + e.getMessage(), e);
        }
        return new LoadedModel(network, normalizer, project, provenance, encoding, features);
    }

    private static Model restore(Path file, String name, boolean graph) throws ProjectFileException {
        try {
            return graph ? ModelSerializer.restoreComputationGraph(file.toFile(), false)
                    : ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
        } catch (IOException | RuntimeException e) {
            throw new ProjectFileException(name + ": DL4J cannot restore its network: " + e.getMessage(), e);
        }
    }

    private static String text(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
