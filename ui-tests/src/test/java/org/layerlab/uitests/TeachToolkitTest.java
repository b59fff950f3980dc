package org.layerlab.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.layerlab.app.compare.CompareViewModel;
import org.layerlab.app.sweep.SweepChart;
import org.layerlab.app.views.PlotCanvas;
import org.layerlab.app.views.PlotSeries;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.teach.lesson.CheckOutcome;
import org.layerlab.engine.teach.lesson.Lesson;

/** The Teach menu's windows on the real studio: a comparison, a sweep and a lesson check, each small. */
class TeachToolkitTest extends StudioTestBase {

    private static final int EPOCHS = 4;

    private void loadSmallMoons() throws Exception {
        Project moons = ProjectFile.read(sampleData().resolve("projects/moons.json"));
        Project small = moons.withTraining(moons.training().withEpochs(EPOCHS))
                .withDataset(moons.dataset().withSamples(200));
        onFx(() -> studio.document().load(small, null));
    }

    @Test
    void comparisonOfTwoMoonsVariantsOverlaysBothCurvesAndListsTheDifferences() throws Exception {
        loadSmallMoons();
        clickOn("#teachMenu");
        clickOn("#teachCompareItem");
        waitUntil(10, () -> lookup("#compareAddVariant").tryQuery().isPresent());
        onFx(() -> ((Button) node("#compareAddVariant")).fire());
        ListView<CompareViewModel.VariantRow> variants = node("#compareVariants");
        assertThat(onFx(() -> variants.getItems().size())).isEqualTo(2);
        assertThat(onFx(() -> variants.getItems().get(1).differences()))
                .anySatisfy(d -> assertThat(d).contains("dropout").contains("0.5"));

        onFx(() -> ((Button) node("#compareRun")).fire());
        TableView<?> table = node("#compareTable");
        waitUntil(120, () -> table.getItems().size() == 2);

        PlotCanvas loss = node("#compareLossChart");
        List<PlotSeries> series = onFx(loss::series);
        assertThat(series).hasSize(4);
        assertThat(series).allSatisfy(s -> assertThat(s.count()).isEqualTo(EPOCHS));
        assertThat(series.get(0).name()).startsWith("original");
        assertThat(series.get(1).name()).startsWith("Dropout 0.5 after dense_1");
        assertThat(onFx(() -> lookup("#compareBoundaries").queryParent().getChildrenUnmodifiable().size()))
                .isEqualTo(2);
    }

    @Test
    void sweepOfThreeLambdasPlotsThreePointsAndMarksTheBest() throws Exception {
        loadSmallMoons();
        onFx(() -> studio.teach().showSweep());
        onFx(() -> ((TextField) node("#sweepValues")).setText("0, 0.01, 1"));
        onFx(() -> ((Button) node("#sweepRun")).fire());
        SweepChart chart = node("#sweepLossChart");
        waitUntil(120, () -> chart.bestIndex() >= 0);
        assertThat(onFx(() -> chart.pointCount(0))).isEqualTo(3);
        assertThat(onFx(() -> chart.pointCount(1))).isEqualTo(3);
        TableView<?> table = node("#sweepTable");
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(3);
        assertThat(onFx(() -> ((Label) node("#sweepStatus")).getText())).isEqualTo("Finished");
    }

    @Test
    void xorLessonCheckPassesInTheLessonBrowser() throws Exception {
        onFx(() -> studio.teach().showLessons());
        ListView<Lesson> list = node("#lessonList");
        waitUntil(20, () -> !list.getItems().isEmpty());
        onFx(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(l -> l.id().equals("xor-hidden-layer")).findFirst().orElseThrow()));
        assertThat(onFx(() -> ((Label) node("#lessonTitle")).getText())).containsIgnoringCase("XOR");
        onFx(() -> ((Button) node("#lessonRunCheck")).fire());
        ListView<CheckOutcome> checks = node("#lessonChecks");
        waitUntil(180, () -> !checks.getItems().isEmpty());
        assertThat(onFx(() -> List.copyOf(checks.getItems()))).isNotEmpty().allSatisfy(c -> assertThat(c.passed())
                .as(c.toString()).isTrue());
        assertThat(onFx(() -> ((Label) node("#lessonVerdict")).getText())).startsWith("All");

        onFx(() -> ((Button) node("#lessonOpen")).fire());
        assertThat(onFx(() -> studio.document().project().graph().nodes().size())).isGreaterThan(2);
    }
}
