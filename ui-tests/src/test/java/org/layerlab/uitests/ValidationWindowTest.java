package org.layerlab.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.layerlab.app.views.PlotCanvas;
import org.layerlab.app.views.PlotSeries;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;

/**
 * The Teach menu's Validation window on the real studio (a small moons project, 3-fold) and the
 * Explorers' Augmentation tab.
 */
class ValidationWindowTest extends StudioTestBase {

    private static final int EPOCHS = 3;

    @Test
    void threeFoldValidationShowsThreeFoldRowsCurvesAndTheMeanAndStd() throws Exception {
        Project moons = ProjectFile.read(sampleData().resolve("projects/moons.json"));
        Project small = moons.withTraining(moons.training().withEpochs(EPOCHS))
                .withDataset(moons.dataset().withSamples(150).withRatios(0.6, 0.2, 0.2));
        onFx(() -> studio.document().load(small, null));
        clickOn("#teachMenu");
        clickOn("#teachValidationItem");
        waitUntil(10, () -> lookup("#validationRun").tryQuery().isPresent());
        onFx(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> k = (Spinner<Integer>) node("#validationFolds");
            k.getValueFactory().setValue(3);
        });
        onFx(() -> ((Button) node("#validationRun")).fire());
        waitUntil(120, () -> "Finished".equals(((Label) node("#validationStatus")).getText()));

        TableView<?> table = node("#validationTable");
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(3);
        assertThat(onFx(() -> ((Label) node("#validationSpread")).getText())).contains(" ± ")
                .contains("over 3 models");
        assertThat(onFx(() -> ((Label) node("#validationFinal")).getText())).contains("test accuracy");
        PlotCanvas loss = node("#validationLossChart");
        List<PlotSeries> series = onFx(loss::series);
        assertThat(series).hasSize(3).allSatisfy(s -> assertThat(s.count()).isEqualTo(EPOCHS));
        assertThat(series.get(0).color()).isNotEqualTo(series.get(1).color());
    }

    @Test
    void augmentationTabShowsTheDigitAndSixteenAugmentedVersions() throws Exception {
        onFx(() -> studio.teach().showExplorers());
        TabPane tabs = node("#explorerTabs");
        onFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "augmentationTab".equals(t.getId())).findFirst().orElseThrow()));
        GridPane grid = node("#augmentGrid");
        waitUntil(30, () -> grid.getChildren().size() == 16);
        assertThat(onFx(() -> ((ImageView) node("#augmentOriginal")).getImage().getWidth())).isEqualTo(224.0);
        assertThat(onFx(() -> ((Label) node("#augmentCaption")).getText())).contains("label");
    }
}
