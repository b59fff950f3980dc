package org.layerlab.engine.dl4j;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.BatchNormSpec;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.train.ActivationsSnapshot;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.GradientsSnapshot;
import org.layerlab.engine.train.LayerActivations;
import org.layerlab.engine.train.LayerEffect;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;
import org.layerlab.engine.train.ViewReplica;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views computed on the view thread's replica are exactly those of the live network at the
 * staged point, however far training has gone on since.
 */
class ViewReplicaTest {

    private static final PreparedData BLOBS = TestData.blobs(300, 5, Normalization.STANDARDIZE);
    private static final TrainingConfig ADAM = TrainingConfig.defaults().withBatchSize(16);

    @Test
    void replicaViewsOnAnotherThreadEqualTheLiveModelsAtTheStagedPoint() throws Exception {
        ModelGraph chain = Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH), BatchNormSpec.defaults(),
                new DropoutSpec(0.3), DenseSpec.of(8, Activation.RELU));
        ExecutorService viewThread = Executors.newSingleThreadExecutor();
        try {
            for (ModelGraph graph : new ModelGraph[]{chain, Graphs.branched(MergeMode.ADD)}) {
                try (TrainableModel model = Dl4jModels.create(graph, ADAM, BLOBS);
                     ViewReplica replica = model.viewReplica()) {
                    Graphs.fitEpochs(model, 0, 2);
                    replica.stage();
                    DecisionSurface liveSurface = model.decisionSurface(2, 40, 30);
                    ActivationsSnapshot liveActivations = model.activations(2, 28);
                    GradientsSnapshot liveGradients = model.lastGradients(2, 28);
                    LayerEffect liveEffect = model.effectNodeIds().isEmpty() ? null
                            : model.layerEffect(model.effectNodeIds().get(0), false);
                    // Training goes on after the copy: the replica must still show the staged point.
                    Graphs.fitEpochs(model, 2, 1);

                    Object[] views = viewThread.submit(() -> {
                        replica.load();
                        return new Object[]{replica.decisionSurface(2, 40, 30), replica.activations(2, 28),
                                replica.lastGradients(2, 28),
                                liveEffect == null ? null : replica.layerEffect(liveEffect.nodeId(), false)};
                    }).get();

                    DecisionSurface surface = (DecisionSurface) views[0];
                    assertThat(surface.probabilities()).isEqualTo(liveSurface.probabilities());
                    assertThat(surface.probabilities()).isNotEqualTo(model.decisionSurface(3, 40, 30).probabilities());
                    ActivationsSnapshot activations = (ActivationsSnapshot) views[1];
                    assertThat(activations.layers()).hasSameSizeAs(liveActivations.layers());
                    for (int i = 0; i < activations.layers().size(); i++) {
                        LayerActivations a = activations.layers().get(i);
                        LayerActivations b = liveActivations.layers().get(i);
                        assertThat(a.nodeId()).isEqualTo(b.nodeId());
                        assertThat(a.activations().counts()).as(a.nodeId()).isEqualTo(b.activations().counts());
                        assertThat(a.mean()).as(a.nodeId()).isEqualTo(b.mean());
                        assertThat(a.std()).as(a.nodeId()).isEqualTo(b.std());
                    }
                    assertThat(((GradientsSnapshot) views[2]).layers()).isEqualTo(liveGradients.layers());
                    if (liveEffect != null) {
                        LayerEffect effect = (LayerEffect) views[3];
                        assertThat(effect.before()).isDeepEqualTo(liveEffect.before());
                        assertThat(effect.after()).isDeepEqualTo(liveEffect.after());
                    }
                }
            }
        } finally {
            viewThread.shutdownNow();
        }
    }
}
