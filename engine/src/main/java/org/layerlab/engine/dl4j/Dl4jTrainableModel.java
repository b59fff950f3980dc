package org.layerlab.engine.dl4j;

import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.train.ActivationsSnapshot;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.Evaluation;
import org.layerlab.engine.train.FittedCurve;
import org.layerlab.engine.train.GradientsSnapshot;
import org.layerlab.engine.train.LayerEffect;
import org.layerlab.engine.train.NativeSections;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;
import org.layerlab.engine.train.ViewReplica;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A compiled network with its data: the DL4J implementation of {@link TrainableModel}. */
final class Dl4jTrainableModel implements TrainableModel {

    private final PreparedData data;
    private final NetworkPlan plan;
    private final TrainingConfig config;
    private final NetworkAdapter net;
    private final DataFeed feed;
    private final GradientRecorder gradients;
    private final ActivationReader activations;
    private final SurfaceSampler sampler;
    private final LayerEffects effects;
    private final Map<SplitName, Evaluation> lastEvaluations = new EnumMap<>(SplitName.class);
    private int epoch;
    private int fittedThisEpoch;
    private int epochsCompleted;
    private boolean closed;
    private boolean scopedFits = true;

    Dl4jTrainableModel(PreparedData data, NetworkPlan plan, TrainingConfig config, NetworkAdapter net, DataFeed feed) {
        this.data = data;
        this.plan = plan;
        this.config = config;
        this.net = net;
        this.feed = feed;
        this.gradients = new GradientRecorder(plan, net);
        this.activations = new ActivationReader(plan, net);
        this.sampler = new SurfaceSampler(data, plan, net, feed);
        this.effects = new LayerEffects(plan, net, feed, config.seed());
        net.setListeners(gradients);
        seedDropout(0);
    }

    /** Fits inside a JavaCPP pointer scope (the default) or not, to compare the two in tests. */
    void setScopedFits(boolean scoped) {
        this.scopedFits = scoped;
    }

    NetworkAdapter network() {
        return net;
    }

    DataFeed feed() {
        return feed;
    }

    GradientRecorder gradientRecorder() {
        return gradients;
    }

    @Override
    public int batchesPerEpoch() {
        return feed.batchCount();
    }

    @Override
    public int trainingExamples() {
        return feed.split(SplitName.TRAIN).size();
    }

    @Override
    public void beginEpoch(int epochIndex) {
        checkOpen();
        if (epochIndex < 0) {
            throw new IllegalArgumentException("epoch index must be 0 or more, found " + epochIndex);
        }
        feed.shuffle(epochIndex);
        net.setEpochCount(epochIndex);
        seedDropout(epochIndex);
        epoch = epochIndex;
        fittedThisEpoch = 0;
    }

    /** Dropout masks of an epoch depend only on the seed and the epoch, whichever thread trains. */
    private void seedDropout(int epochIndex) {
        Nd4j.getRandom().setSeed(config.seed() * 1_000_003L + epochIndex);
    }

    @Override
    public double fitBatch(int batchIndex) {
        checkOpen();
        DataSet batch = feed.batch(batchIndex);
        gradients.setBatchSize(batch.numExamples());
        try (NativeSections.Section ignored = NativeSections.enter()) {
            if (scopedFits) {
                FitScope.run(() -> net.fit(batch));
            } else {
                net.fit(batch);
            }
        }
        if (++fittedThisEpoch == feed.batchCount()) {
            epochsCompleted = Math.max(epochsCompleted, epoch + 1);
        }
        return net.score();
    }

    @Override
    public void recordGradients(boolean on) {
        gradients.setEnabled(on);
    }

    @Override
    public double learningRate() {
        return net.learningRate();
    }

    @Override
    public Evaluation evaluate(SplitName split) {
        checkOpen();
        DataFeed.Split s = feed.split(split);
        Evaluation evaluation;
        if (s.size() == 0) {
            evaluation = new Evaluation(Double.NaN, Double.NaN, 0);
        } else {
            INDArray out = net.output(s.features());
            evaluation = Losses.evaluate(Copies.floats(out), (int) out.size(1), s.raw(), feed.encoding(),
                    plan.output().loss());
        }
        lastEvaluations.put(split, evaluation);
        return evaluation;
    }

    @Override
    public ActivationsSnapshot activations(int epochNumber, long iteration) {
        checkOpen();
        return activations.read(feed.probe(DataFeed.PROBE_SIZE), epochNumber, iteration);
    }

    @Override
    public GradientsSnapshot lastGradients(int epochNumber, long iteration) {
        checkOpen();
        return gradients.snapshot(epochNumber, iteration);
    }

    @Override
    public DecisionSurface decisionSurface(int epochNumber, int rows, int cols) {
        checkOpen();
        return sampler.surface(epochNumber, rows, cols);
    }

    @Override
    public FittedCurve fittedCurve(int epochNumber, int points) {
        checkOpen();
        return sampler.curve(epochNumber, points);
    }

    @Override
    public List<String> effectNodeIds() {
        return effects.nodeIds();
    }

    @Override
    public LayerEffect layerEffect(String nodeId, boolean training) {
        checkOpen();
        return effects.effect(nodeId, training);
    }

    @Override
    public ViewReplica viewReplica() {
        checkOpen();
        return new Dl4jViewReplica(data, plan, config, net, feed, gradients);
    }

    @Override
    public float[] copyParameters() {
        checkOpen();
        return Copies.floats(net.params());
    }

    @Override
    public void restoreParameters(float[] parameters) {
        checkOpen();
        INDArray current = net.params();
        if (parameters == null || parameters.length != current.length()) {
            throw new IllegalArgumentException("expected " + current.length() + " parameters, found "
                    + (parameters == null ? "none" : parameters.length));
        }
        net.setParams(Nd4j.createFromArray(parameters).reshape(current.shape()));
    }

    @Override
    public double[][] predict(float[][] rawFeatures) {
        checkOpen();
        checkFeatures(rawFeatures, plan.features());
        if (rawFeatures.length == 0) {
            return new double[0][];
        }
        INDArray out = net.output(feed.normalize(rawFeatures));
        return Losses.rows(Copies.floats(out), rawFeatures.length, (int) out.size(1), feed.encoding());
    }

    static void checkFeatures(float[][] raw, int features) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == null || raw[i].length != features) {
                throw new IllegalArgumentException("row " + i + " must have " + features + " features, found "
                        + (raw[i] == null ? "none" : raw[i].length));
            }
        }
    }

    @Override
    public void exportModel(Path zip, Project project) throws IOException {
        checkOpen();
        Map<String, Object> provenance = Provenance.of(project, data, plan, config, net, epochsCompleted,
                lastEvaluations);
        ModelExporter.export(zip, project, plan, config, net, feed.normalizer(), provenance);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            effects.close();
            net.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the model has been closed");
        }
    }
}
