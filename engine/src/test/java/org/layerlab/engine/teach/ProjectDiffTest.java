package org.layerlab.engine.teach;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.BatchNormSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.LayerNormSpec;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Variants made by small edits, and the differences a legend lists. */
class ProjectDiffTest {

    private final Project base = TeachProjects.smallMoons(10);

    @Test
    void anInsertedDropoutLayerIsListedWithItsRate() {
        Project variant = ProjectEdit.insert("dense_1", "dropout_1", new DropoutSpec(0.5)).apply(base);
        assertThat(variant.graph().outputsOf("dense_1")).containsExactly("dropout_1");
        assertThat(variant.graph().outputsOf("dropout_1")).containsExactly("dense_2");
        assertThat(ProjectDiff.between(base, variant)).containsExactly("dropout_1: rate 0.5 added");
    }

    @Test
    void removingALayerBridgesItsNeighboursAndIsListedOnce() {
        Project withDropout = ProjectEdit.insert("dense_1", "dropout_1", new DropoutSpec(0.5)).apply(base);
        Project removed = ProjectEdit.remove("dropout_1").apply(withDropout);
        assertThat(removed.graph().outputsOf("dense_1")).containsExactly("dense_2");
        assertThat(ProjectDiff.between(withDropout, removed)).containsExactly("dropout_1: rate 0.5 removed");
        assertThat(ProjectDiff.between(base, removed)).isEmpty();
    }

    @Test
    void changedSettingsAreListedFromBeforeToAfter() {
        Project variant = ProjectEdit.applyAll(base, List.of(
                ProjectEdit.setLayer("dense_1", "units", 64),
                ProjectEdit.setTraining("optimizer", "sgd"),
                ProjectEdit.setTraining("earlyStopping.enabled", true),
                ProjectEdit.setDataset("samples", 100),
                ProjectEdit.setDataset("knobs.labelNoise", 0.2)));
        assertThat(ProjectDiff.between(base, variant)).containsExactly(
                "dense_1: units 16 -> 64",
                "optimizer adam -> sgd",
                "earlyStopping.enabled false -> true",
                "dataset samples 200 -> 100",
                "dataset knobs.labelNoise 0 -> 0.2");
    }

    @Test
    void aSelectorChangesEveryLayerOfAKind() {
        Project variant = ProjectEdit.setLayer("all:dense", "activation", "sigmoid").apply(base);
        assertThat(ProjectDiff.between(base, variant))
                .containsExactly("dense_1: activation relu -> sigmoid", "dense_2: activation relu -> sigmoid");
    }

    @Test
    void aLayerWithoutSettingsIsNamedByItsKind() {
        Project variant = ProjectEdit.applyAll(base, List.of(
                ProjectEdit.insert("dense_1", null, BatchNormSpec.defaults()),
                ProjectEdit.insert("dense_2", null, new LayerNormSpec())));
        assertThat(ProjectDiff.between(base, variant)).containsExactly(
                "batch_norm_1: momentum 0.99, epsilon 0.001 added", "layer_norm_1: LayerNormalization added");
    }

    @Test
    void aRewiredConnectionIsListed() {
        Project variant = base.withGraph(base.graph().disconnect("dense_1", "dense_2").connect("input_1", "dense_2"));
        assertThat(ProjectDiff.between(base, variant)).containsExactly(
                "connection dense_1 -> dense_2 removed", "connection input_1 -> dense_2 added");
    }

    @Test
    void unknownNodesAndSettingsAreRefusedByName() {
        assertThatThrownBy(() -> ProjectEdit.setLayer("dense_9", "units", 4).apply(base))
                .hasMessage("no node with id 'dense_9'");
        assertThatThrownBy(() -> ProjectEdit.setLayer("dense_1", "neurons", 4).apply(base))
                .hasMessageStartingWith("no setting 'neurons'; expected one of: kind, units, activation");
        assertThatThrownBy(() -> ProjectEdit.setTraining("optimizer", "sgdx").apply(base))
                .hasMessageContaining("unknown optimizer 'sgdx'");
        assertThatThrownBy(() -> ProjectEdit.setLayer("all:dropout", "rate", 0.1).apply(base))
                .hasMessage("the graph has no Dropout layer (selector 'all:dropout')");
    }
}
