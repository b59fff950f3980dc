package org.layerlab.engine.dl4j;

import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.train.Evaluation;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainingConfig;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where an exported model came from: versions, machine, data, seeds, training progress and last metrics. */
final class Provenance {

    static final String DL4J_VERSION = "1.0.0-M2.1";
    static final String NETWORK_GRAPH = "ComputationGraph";
    static final String NETWORK_CHAIN = "MultiLayerNetwork";

    private Provenance() {
    }

    static Map<String, Object> of(Project project, PreparedData data, NetworkPlan plan, TrainingConfig config,
                                  NetworkAdapter net, int epochsTrained, Map<SplitName, Evaluation> lastEvaluations) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("formatVersion", 1);
        p.put("layerlabVersion", layerLabVersion());
        p.put("dl4jVersion", DL4J_VERSION);
        p.put("javaVersion", System.getProperty("java.version"));
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        p.put("backend", Backend.describe());
        p.put("createdAt", Instant.now().toString());
        p.put("network", net.isGraph() ? NETWORK_GRAPH : NETWORK_CHAIN);
        p.put("task", plan.isClassification() ? "classification" : "regression");
        p.put("labelEncoding", plan.encoding().key());
        p.put("features", plan.features());
        p.put("featureNames", data.train().featureNames());
        p.put("classNames", data.train().classNames());
        p.put("normalization", data.scaler() == null ? "none" : data.scaler().kind().key());
        DatasetSpec spec = project.dataset();
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("kind", spec.kind().key());
        dataset.put("name", data.shape().datasetName());
        dataset.put("samples", spec.samples());
        dataset.put("noise", spec.noise());
        dataset.put("seed", spec.seed());
        dataset.put("trainExamples", data.train().size());
        p.put("dataset", dataset);
        p.put("trainingSeed", config.seed());
        p.put("optimizer", config.optimizer().key());
        p.put("epochsTrained", epochsTrained);
        p.put("iterations", net.iterationCount());
        Map<String, Object> metrics = new LinkedHashMap<>();
        lastEvaluations.forEach((split, e) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("loss", finiteOrNull(e.loss()));
            m.put("accuracy", finiteOrNull(e.accuracy()));
            m.put("examples", e.examples());
            metrics.put(split.name().toLowerCase(), m);
        });
        p.put("lastMetrics", metrics);
        return p;
    }

    static String layerLabVersion() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v != null ? v : "development build";
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
