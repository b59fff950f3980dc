package org.layerlab.uitests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.layerlab.app.compare.CompareWindow;
import org.layerlab.app.explorers.ExplorersWindow;
import org.layerlab.app.lessons.LessonsWindow;
import org.layerlab.app.sweep.SweepChart;
import org.layerlab.app.sweep.SweepWindow;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.teach.lesson.Lesson;

/**
 * Pictures of the Teach windows for a person to look at ({@code -Dlayerlab.screenshots=true}, written
 * to {@code ui-tests/target/screenshots}); not part of the normal suite.
 */
@EnabledIfSystemProperty(named = "layerlab.screenshots", matches = "true")
class TeachScreenshots extends StudioTestBase {

    private final Path out = Path.of("target/screenshots");

    private void shoot(Scene scene, String name) throws IOException {
        Files.createDirectories(out);
        WritableImage image = onFx(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }

    @Test
    void theTeachWindows() throws Exception {
        Project moons = ProjectFile.read(sampleData().resolve("projects/moons.json"));
        Project small = moons.withTraining(moons.training().withEpochs(30)).withDataset(moons.dataset()
                .withSamples(300));
        onFx(() -> studio.document().load(small, null));

        CompareWindow compare = onFx(() -> studio.teach().showCompare());
        onFx(() -> ((Button) node("#compareAddVariant")).fire());
        onFx(() -> ((TextField) node("#compareEditValue")).setText("0.05"));
        onFx(() -> ((javafx.scene.control.ChoiceBox<org.layerlab.app.compare.VariantEdit>) node("#compareEditKind"))
                .setValue(org.layerlab.app.compare.VariantEdit.L2));
        onFx(() -> ((TextField) node("#compareEditValue")).setText("0.05"));
        onFx(() -> ((Button) node("#compareAddVariant")).fire());
        onFx(() -> ((Button) node("#compareRun")).fire());
        waitUntil(60, () -> ((javafx.scene.control.TableView<?>) node("#compareTable")).getItems().size() == 3);
        shoot(compare.stage().getScene(), "t1-compare");
        onFx(() -> compare.stage().close());

        SweepWindow sweep = onFx(() -> studio.teach().showSweep());
        onFx(() -> ((TextField) node("#sweepValues")).setText("0, 0.01, 0.04, 0.16, 0.64, 2.56"));
        onFx(() -> ((Button) node("#sweepRun")).fire());
        waitUntil(120, () -> ((SweepChart) node("#sweepLossChart")).bestIndex() >= 0);
        shoot(sweep.stage().getScene(), "t2-sweep");
        onFx(() -> sweep.stage().close());

        LessonsWindow lessons = onFx(() -> studio.teach().showLessons());
        ListView<Lesson> list = node("#lessonList");
        waitUntil(20, () -> !list.getItems().isEmpty());
        onFx(() -> list.getSelectionModel().select(0));
        onFx(() -> ((Button) node("#lessonRunCheck")).fire());
        waitUntil(180, () -> !((ListView<?>) node("#lessonChecks")).getItems().isEmpty());
        shoot(lessons.stage().getScene(), "t3-lessons");
        onFx(() -> lessons.stage().close());

        ExplorersWindow explorers = onFx(() -> studio.teach().showExplorers());
        shoot(explorers.stage().getScene(), "t4-activations");
        TabPane tabs = node("#explorerTabs");
        onFx(() -> tabs.getSelectionModel().select(1));
        shoot(explorers.stage().getScene(), "t5-schedule");
        onFx(() -> tabs.getSelectionModel().select(2));
        shoot(explorers.stage().getScene(), "t6-bias-variance");
    }
}
