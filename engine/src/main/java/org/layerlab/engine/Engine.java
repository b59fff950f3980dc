package org.layerlab.engine;

import org.layerlab.engine.data.DataException;
import org.layerlab.engine.data.DataPipeline;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.dl4j.Backend;
import org.layerlab.engine.dl4j.Dl4jModels;
import org.layerlab.engine.dl4j.LoadedModel;
import org.layerlab.engine.dl4j.ModelFile;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.GraphValidator;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Problem;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingRun;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The engine's front door for the studio and the command line: prepare data, check a project,
 * turn it into a READY {@link TrainingRun}, load an exported model, and say what runs underneath.
 */
public final class Engine {

    private Engine() {
    }

    /** Generates or loads the data, splits it and fits the scaler on the training split. */
    public static PreparedData prepareData(DatasetSpec spec) throws DataException {
        return DataPipeline.prepare(spec);
    }

    /** Every problem of the project's graph against the shape of its data (prepares the data to learn it). */
    public static List<Problem> validate(Project project) throws DataException {
        return validate(project.graph(), prepareData(project.dataset()));
    }

    /** Every problem of {@code graph} against already prepared data. */
    public static List<Problem> validate(ModelGraph graph, PreparedData data) {
        return GraphValidator.validate(graph, data.shape());
    }

    /**
     * Prepares the data, checks the graph and compiles the network: a READY run, not started.
     *
     * @throws DataException           when the data cannot be generated or read
     * @throws InvalidProjectException when the graph does not fit the data or cannot be compiled
     */
    public static TrainingRun prepareRun(Project project) throws DataException {
        Backend.configureThreads();
        return prepareRun(project, prepareData(project.dataset()));
    }

    /** As {@link #prepareRun(Project)}, with data the caller already prepared from {@code project.dataset()}. */
    public static TrainingRun prepareRun(Project project, PreparedData data) {
        Backend.configureThreads();
        List<Problem> problems = validate(project.graph(), data);
        if (!problems.isEmpty()) {
            throw new InvalidProjectException(project.name(), problems);
        }
        TrainableModel model;
        try {
            model = Dl4jModels.create(project.graph(), project.training(), data);
        } catch (IllegalArgumentException e) {
            throw new InvalidProjectException(project.name(), List.of(new Problem(null, e.getMessage())));
        }
        try {
            return new TrainingRun(project, model, data);
        } catch (IllegalArgumentException e) {
            model.close();
            throw new InvalidProjectException(project.name(), List.of(new Problem(null, e.getMessage())));
        }
    }

    /** Which ND4J backend runs the networks, e.g. "CPU · nd4j-native (OpenBLAS)". */
    public static String backend() {
        return Backend.describe();
    }

    /** Reloads a model exported by LayerLab (a DL4J zip with the normalizer, graph and provenance inside). */
    public static LoadedModel loadModel(Path zip) throws IOException {
        return ModelFile.load(zip);
    }

    /** LayerLab's version, from the engine jar's Maven metadata ("dev" when run from a build folder). */
    public static String version() {
        return mavenVersion("org.layerlab", "layerlab-engine", "dev");
    }

    /** The version of a library on the classpath, from its jar's Maven metadata, or {@code fallback}. */
    public static String mavenVersion(String groupId, String artifactId, String fallback) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = Engine.class.getResourceAsStream(resource)) {
            if (in == null) {
                return fallback;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", fallback);
        } catch (IOException e) {
            return fallback;
        }
    }
}
