package org.layerlab.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Slider;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.layerlab.app.training.TrainingViewModel.Phase;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the studio in its main states, written to {@code ui-tests/target/screenshots} for a
 * person to look at (run with {@code -Dlayerlab.screenshots=true}); not part of the normal suite.
 */
@EnabledIfSystemProperty(named = "layerlab.screenshots", matches = "true")
class StudioScreenshots extends StudioTestBase {

    private final Path out = Path.of("target/screenshots");

    private void shoot(String name) throws IOException {
        Files.createDirectories(out);
        WritableImage image = onFx(() -> studio.scene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }

    @Test
    void theMainStates() throws Exception {
        shoot("01-empty");
        dialogs.files.add(sampleData().resolve("projects/moons.json"));
        clickOn("File").clickOn("Open…");
        shoot("02-moons-open");
        clickOn("#node-dense_1");
        shoot("03-dense-selected");
        new GraphBuilding(this).type("#inspector-units", "0");
        shoot("04-units-refused");
        onFx(() -> this.<Slider>node("#speedSlider").setValue(2.5));
        new GraphBuilding(this).clickCanvasBackground();
        clickOn("#trainButton");
        waitUntil(Integer.getInteger("layerlab.trainWait", 90), () -> studio.training().epochProperty().get() >= 5);
        shoot("05-training");
        for (String tab : new String[] {"boundaryTab", "lossTab", "histogramsTab", "layerEffectTab", "gradientsTab",
            "summaryTab", "metricsTab"}) {
            onFx(() -> studio.window().liveViews().showTab(tab));
            WaitForAsyncUtils.waitForFxEvents();
            shoot("05-view-" + tab);
        }
        onFx(() -> studio.window().presenterProperty().set(true));
        for (String tab : new String[] {"boundaryTab", "histogramsTab", "gradientsTab"}) {
            onFx(() -> studio.window().liveViews().showTab(tab));
            WaitForAsyncUtils.waitForFxEvents();
            shoot("05-presenter-" + tab);
        }
        onFx(() -> studio.window().presenterProperty().set(false));
        clickOn("#trainingTab");
        shoot("06-training-tab");
        type(KeyCode.SPACE);
        waitUntil(20, () -> studio.training().phaseProperty().get() == Phase.PAUSED);
        clickOn("#datasetTab");
        onFx(() -> studio.dataset().choose(org.layerlab.engine.data.DatasetKind.MNIST));
        waitUntil(30, () -> studio.dataset().previewProperty().get() != null);
        shoot("07-mnist-chosen");
        onFx(() -> {
            studio.stage().setWidth(1024);
            studio.stage().setHeight(700);
        });
        waitUntil(10, () -> studio.scene().getWidth() == 1024);
        for (int frame = 0; frame < 5; frame++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        shoot("08-small-window");
        assertThat(Files.list(out).count()).isGreaterThanOrEqualTo(8);
    }
}
