package org.layerlab.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.app.inspector.LayerSettings.ChoiceSetting;
import org.layerlab.app.inspector.LayerSettings.NumberSetting;
import org.layerlab.app.inspector.LayerSettings.Setting;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;

class InspectorViewModelTest {

    private final GraphEditor editor = new GraphEditor(ModelGraph.chain(new InputSpec(2),
            DenseSpec.of(16, Activation.RELU), new DropoutSpec(0.5),
            new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY)));
    private final InspectorViewModel model = new InspectorViewModel(editor);

    private static <T extends Setting> T setting(List<Setting> settings, String key, Class<T> type) {
        return settings.stream().filter(s -> s.key().equals(key)).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void showsTheSelectedNodeAndItsSettings() {
        assertThat(model.nodeProperty().get()).isNull();
        assertThat(model.settings()).isEmpty();

        editor.select("dense_1");

        assertThat(model.nodeProperty().get().id()).isEqualTo("dense_1");
        assertThat(model.settings()).extracting(Setting::key)
                .containsExactly("units", "activation", "weightInit", "l1", "l2", "bias");
    }

    @Test
    void unitsOutOfRangeAreRefusedWithTheRangeAndTheGraphStaysAsItWas() {
        editor.select("dense_1");
        ModelGraph before = editor.graph();
        NumberSetting units = setting(model.settings(), "units", NumberSetting.class);

        assertThat(model.setNumber(units, 0)).hasValue("units must be 1..4096, found 0");
        assertThat(model.setNumber(units, 5000)).hasValue("units must be 1..4096, found 5000");
        assertThat(model.setNumber(units, 2.5)).hasValue("units must be a whole number 1..4096, found 2.5");

        assertThat(editor.graph()).isEqualTo(before);
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void anAcceptedValueIsOneUndoableEdit() {
        editor.select("dense_1");
        ModelGraph before = editor.graph();
        NumberSetting units = setting(model.settings(), "units", NumberSetting.class);

        assertThat(model.setNumber(units, 32)).isEmpty();

        assertThat(((DenseSpec) editor.graph().require("dense_1").spec()).units()).isEqualTo(32);
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo Set units");
        assertThat(editor.undo()).isTrue();
        assertThat(editor.graph()).isEqualTo(before);
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void settingTheSameValueAgainAddsNoUndoStep() {
        editor.select("dense_1");
        NumberSetting units = setting(model.settings(), "units", NumberSetting.class);
        model.setNumber(units, 16);
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void dropoutRateIsTheFractionDroppedUpToNinetyFivePercent() {
        editor.select("dropout_1");
        NumberSetting rate = setting(model.settings(), "rate", NumberSetting.class);

        assertThat(rate.label()).isEqualTo("Rate (fraction dropped)");
        assertThat(model.setNumber(rate, 0.97)).hasValue("rate must be 0..0.95, found 0.97");
        assertThat(model.setNumber(rate, 0.2)).isEmpty();
        assertThat(editor.graph().require("dropout_1").spec()).isEqualTo(new DropoutSpec(0.2));
    }

    @Test
    void choicesChangeTheSpecAndRefuseValuesNotOffered() {
        editor.select("output_1");
        ChoiceSetting loss = setting(model.settings(), "loss", ChoiceSetting.class);

        model.setChoice(loss, Loss.MSE);

        assertThat(((OutputSpec) editor.graph().require("output_1").spec()).loss()).isEqualTo(Loss.MSE);
        assertThatThrownBy(() -> model.setChoice(loss, Activation.TANH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loss cannot be tanh");
    }

    @Test
    void followsUndoOfTheSelectedNode() {
        editor.select("dense_1");
        model.setNumber(setting(model.settings(), "units", NumberSetting.class), 64);
        editor.undo();
        assertThat(((DenseSpec) model.nodeProperty().get().spec()).units()).isEqualTo(16);
    }

    @Test
    void everyKindHasItsSettingsListed() {
        for (LayerKind kind : LayerKind.values()) {
            List<Setting> settings = LayerSettings.forKind(kind);
            assertThat(settings.stream().map(Setting::key).distinct().count()).isEqualTo(settings.size());
        }
        assertThat(LayerSettings.forKind(LayerKind.LAYER_NORM)).isEmpty();
    }
}
