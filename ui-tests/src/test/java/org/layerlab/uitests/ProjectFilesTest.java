package org.layerlab.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.shell.Dialogs.SaveChoice;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.export.Project;
import org.testfx.util.WaitForAsyncUtils;

/** Save, New, Open through the menus keep the graph, dataset and config; a corrupt file changes nothing. */
class ProjectFilesTest extends StudioTestBase {

    @TempDir
    Path dir;

    private void openThroughTheMenu(Path file) {
        dialogs.files.add(file);
        clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void saveNewOpenGivesBackTheSameGraphDatasetAndConfig() {
        openThroughTheMenu(sampleData().resolve("projects/moons.json"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(onFx(() -> studio.editor().graph().nodes())).isNotEmpty();

        // Change a dataset setting and a training setting through the panels.
        clickOn("#datasetTab");
        doubleClickOn("#dataset-samples").eraseText(6).write("640").type(KeyCode.ENTER);
        clickOn("#trainingTab");
        doubleClickOn("#training-epochs").eraseText(6).write("25").type(KeyCode.ENTER);
        assertThat(onFx(() -> studio.document().datasetProperty().get().samples())).isEqualTo(640);
        assertThat(onFx(() -> studio.document().trainingProperty().get().epochs())).isEqualTo(25);
        assertThat(onFx(() -> studio.document().isDirty())).isTrue();
        Project saved = onFx(() -> studio.document().project());

        Path file = dir.resolve("changed.layerlab.json");
        dialogs.files.add(file);
        clickOn("File").clickOn("Save As…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(file)).isTrue();
        assertThat(onFx(() -> studio.document().isDirty())).isFalse();

        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> studio.editor().graph().nodes())).isEmpty();
        assertThat(onFx(() -> studio.document().datasetProperty().get().kind())).isEqualTo(DatasetKind.MOONS);

        openThroughTheMenu(file);
        Project reopened = onFx(() -> studio.document().project());
        assertThat(reopened.graph()).isEqualTo(saved.graph());
        assertThat(reopened.dataset()).isEqualTo(saved.dataset());
        assertThat(reopened.training()).isEqualTo(saved.training());
        assertThat(dialogs.errors).isEmpty();
        assertThat(app.studio().stage().getTitle()).isEqualTo("changed.layerlab.json — LayerLab");
    }

    @Test
    void aCorruptFileIsReportedAndTheOpenProjectStays() throws Exception {
        openThroughTheMenu(sampleData().resolve("projects/xor-hidden.json"));
        Project before = onFx(() -> studio.document().project());
        String title = onFx(() -> studio.stage().getTitle());
        Path corrupt = dir.resolve("corrupt.layerlab.json");
        Files.writeString(corrupt, "{ \"schemaVersion\": 1, \"graph\": { \"nodes\": [ ");

        openThroughTheMenu(corrupt);

        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Cannot open project: corrupt.layerlab.json is not valid JSON");
        assertThat(onFx(() -> studio.document().project())).isEqualTo(before);
        assertThat(onFx(() -> studio.stage().getTitle())).isEqualTo(title);
    }

    @Test
    void unsavedChangesAreAskedAboutAndCancelKeepsThem() {
        openThroughTheMenu(sampleData().resolve("projects/xor-hidden.json"));
        clickOn("#trainingTab");
        doubleClickOn("#training-epochs").eraseText(6).write("7").type(KeyCode.ENTER);
        Project edited = onFx(() -> studio.document().project());
        dialogs.saveChoices.add(SaveChoice.CANCEL);

        clickOn("File").clickOn("New");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.saveChoices).isEmpty();
        assertThat(onFx(() -> studio.document().project())).isEqualTo(edited);
    }
}
