package org.layerlab.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Help: F1 opens the concepts, About names the libraries and the backend ND4J runs on. */
class HelpWindowsTest extends StudioTestBase {

    @Test
    void conceptsExplainDropoutAsTheFractionDropped() {
        type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#conceptsWindow").tryQuery()).isPresent();
        assertThat(lookup(".concept-text").<Label>queryAll())
                .anyMatch(l -> l.getText().contains("probability 'rate' (the fraction dropped)"));
    }

    @Test
    void aboutShowsTheVersionsAndTheBackend() throws Exception {
        waitUntil(60, () -> !studio.backendProperty().get().startsWith("Backend: starting"));
        clickOn("Help").clickOn("About LayerLab");

        assertThat(this.<Label>node("#about-deeplearning4j").getText()).isEqualTo("1.0.0-M2.1");
        assertThat(this.<Label>node("#about-javafx").getText()).startsWith("21");
        assertThat(this.<Label>node("#about-java").getText()).startsWith("17");
        assertThat(this.<Label>node("#about-nd4jbackend").getText()).startsWith("CPU");
        clickOn("Close");
    }
}
