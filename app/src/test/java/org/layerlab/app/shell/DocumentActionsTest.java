package org.layerlab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.app.shell.Dialogs.SaveChoice;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.app.training.TrainingViewModel;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.ModelGraph;

class DocumentActionsTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("org/layerlab/test/" + UUID.randomUUID());
    private final GraphEditor editor = new GraphEditor(ModelGraph.empty());
    private final ProjectDocument document = new ProjectDocument(editor);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final TrainingViewModel training = new TrainingViewModel(p -> {
        throw new AssertionError("no run in these tests");
    }, Runnable::run, Runnable::run, FrameLoop.manual(), document::project);
    private final DocumentActions actions = new DocumentActions(document, new RecentFiles(prefs), dialogs, training,
            null);

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void newOnACleanProjectAsksNothing() {
        actions.newProject();
        assertThat(dialogs.saveQuestions).isZero();
    }

    @Test
    void cancellingTheUnsavedChangesQuestionKeepsTheProject() {
        editor.addNode(LayerKind.INPUT, 10, 10);
        Project before = document.project();
        dialogs.saveChoices.add(SaveChoice.CANCEL);

        actions.newProject();

        assertThat(dialogs.saveQuestions).isEqualTo(1);
        assertThat(document.project()).isEqualTo(before);
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void dontSaveDiscardsTheChanges() {
        editor.addNode(LayerKind.INPUT, 10, 10);
        dialogs.saveChoices.add(SaveChoice.DONT_SAVE);

        actions.newProject();

        assertThat(document.project().graph().nodes()).isEmpty();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void saveAsksForAFileWhenTheProjectHasNoneThenGoesOn() throws Exception {
        editor.addNode(LayerKind.INPUT, 10, 10);
        Path target = dir.resolve("first.layerlab.json");
        dialogs.saveChoices.add(SaveChoice.SAVE);
        dialogs.files.add(Optional.of(target));

        actions.newProject();

        assertThat(Files.readString(target)).contains("\"input_1\"");
        assertThat(document.project().graph().nodes()).isEmpty();
        assertThat(actions.recent().files()).containsExactly(target.toAbsolutePath());
    }

    @Test
    void cancellingTheSaveChooserCancelsTheWholeCommand() {
        editor.addNode(LayerKind.INPUT, 10, 10);
        dialogs.saveChoices.add(SaveChoice.SAVE);
        dialogs.files.add(Optional.empty());

        actions.newProject();

        assertThat(document.project().graph().nodes()).hasSize(1);
    }

    @Test
    void openingACorruptFileReportsWhyAndKeepsTheProject() throws Exception {
        editor.addNode(LayerKind.DENSE, 10, 10);
        Project before = document.project();
        Path corrupt = dir.resolve("broken.layerlab.json");
        Files.writeString(corrupt, "not json at all");
        dialogs.saveChoices.add(SaveChoice.DONT_SAVE);

        boolean opened = actions.openFile(corrupt);

        assertThat(opened).isFalse();
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Cannot open project: broken.layerlab.json is not valid JSON");
        assertThat(document.project()).isEqualTo(before);
        assertThat(actions.recent().files()).isEmpty();
    }

    @Test
    void openingAMissingFileSaysItDoesNotExist() {
        boolean opened = actions.openFile(dir.resolve("gone.json"));

        assertThat(opened).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("gone.json does not exist");
    }

    @Test
    void openThroughTheChooserLoadsTheFileAndRemembersIt() throws Exception {
        editor.addNode(LayerKind.OUTPUT, 10, 10);
        Path file = dir.resolve("keep.layerlab.json");
        document.saveAs(file);
        document.newProject();
        dialogs.files.add(Optional.of(file));

        actions.open();

        assertThat(document.project().graph().nodes()).extracting(n -> n.id()).containsExactly("output_1");
        assertThat(document.fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(actions.recent().files()).first().isEqualTo(file.toAbsolutePath());
    }

    @Test
    void exportBeforeAnyTrainingExplainsThereIsNothingToExport() {
        actions.exportModel();
        assertThat(dialogs.infos).singleElement().asString().startsWith("Nothing to export yet");
    }
}
