package org.layerlab.engine.dl4j;

import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.train.ActivationsSnapshot;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.FittedCurve;
import org.layerlab.engine.train.GradientsSnapshot;
import org.layerlab.engine.train.LayerEffect;
import org.layerlab.engine.train.TrainingConfig;
import org.layerlab.engine.train.ViewReplica;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * The DL4J {@link ViewReplica}: a second network with the live one's configuration, computing the
 * views with its own surface sampler, activation reader and layer effects. Staging copies the live
 * parameters, the last gradients and the iteration and epoch counters (dropout schedules read them)
 * into buffers allocated once; loading copies them into the second network, whose parameters then
 * equal the live ones at the staged point, so every view is what the live network would show
 * (its tanh layers compute their large batches as {@link ViewTanh}, within 2.4e-7 of DL4J's).
 */
final class Dl4jViewReplica implements ViewReplica {

    private final NetworkAdapter live;
    private final GradientRecorder liveGradients;
    private final DataFeed feed;
    private final NetworkAdapter copy;
    private final INDArray stagedParams;
    private final GradientRecorder stagedGradients;
    private final GradientRecorder gradients;
    private final ActivationReader activations;
    private final SurfaceSampler sampler;
    private final LayerEffects effects;
    private int stagedIteration;
    private int stagedEpoch;
    private boolean closed;

    Dl4jViewReplica(PreparedData data, NetworkPlan plan, TrainingConfig config, NetworkAdapter live, DataFeed feed,
                    GradientRecorder liveGradients) {
        this.live = live;
        this.liveGradients = liveGradients;
        this.feed = feed;
        this.copy = live.inferenceCopy();
        ViewTanh.install(copy);
        this.stagedParams = live.params().dup();
        this.stagedGradients = new GradientRecorder(plan, copy);
        this.gradients = new GradientRecorder(plan, copy);
        this.activations = new ActivationReader(plan, copy);
        this.sampler = new SurfaceSampler(data, plan, copy, feed);
        this.effects = new LayerEffects(plan, copy, feed, config.seed());
        stage();
        load();
    }

    @Override
    public void stage() {
        stagedParams.assign(live.params());
        liveGradients.copyTo(stagedGradients);
        stagedIteration = live.iterationCount();
        stagedEpoch = live.epochCount();
    }

    @Override
    public void load() {
        copy.setParams(stagedParams);
        stagedGradients.copyTo(gradients);
        copy.setIterationCount(stagedIteration);
        copy.setEpochCount(stagedEpoch);
    }

    @Override
    public ActivationsSnapshot activations(int epoch, long iteration) {
        return activations.read(feed.probe(DataFeed.PROBE_SIZE), epoch, iteration);
    }

    @Override
    public GradientsSnapshot lastGradients(int epoch, long iteration) {
        return gradients.snapshot(epoch, iteration);
    }

    @Override
    public DecisionSurface decisionSurface(int epoch, int rows, int cols) {
        return sampler.surface(epoch, rows, cols);
    }

    @Override
    public FittedCurve fittedCurve(int epoch, int points) {
        return sampler.curve(epoch, points);
    }

    @Override
    public List<String> effectNodeIds() {
        return effects.nodeIds();
    }

    @Override
    public LayerEffect layerEffect(String nodeId, boolean training) {
        return effects.effect(nodeId, training);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            effects.close();
            copy.close();
        }
    }
}
