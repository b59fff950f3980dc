package org.layerlab.engine.teach.lesson;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.DatasetKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled lessons load, cover the issue's list, and can run as written (no training here). */
class LessonsTest {

    @Test
    void everyBundledLessonLoadsWithItsWordsAndChecks() throws Exception {
        List<Lesson> lessons = Lessons.all();
        assertThat(lessons).hasSizeGreaterThanOrEqualTo(21);
        Set<String> ids = new HashSet<>();
        for (Lesson l : lessons) {
            assertThat(ids.add(l.id())).as("unique id " + l.id()).isTrue();
            assertThat(List.of(l.title(), l.explanation(), l.question(), l.lookAt())).as(l.id())
                    .allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(l.checks()).as(l.id()).isNotEmpty();
            assertThat(l.views()).as(l.id()).isNotEmpty();
        }
    }

    @Test
    void fileNamesAreNumberedAndEndWithTheLessonsId() throws Exception {
        try (Stream<Path> files = Files.list(Lessons.folder())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Lesson l = Lessons.read(f);
                assertThat(f.getFileName().toString()).matches("\\d\\d-" + l.id() + "\\.json");
            }
        }
    }

    @Test
    void theLessonsCoverTheIssuesList() throws Exception {
        assertThat(Lessons.all()).extracting(Lesson::id).contains(
                "xor-hidden-layer", "linear-activations", "vanishing-gradients", "initialization", "overfitting-moons",
                "capacity", "l2-sweep", "l1-sparsity", "dropout", "noise-and-normalization", "batchnorm-speed",
                "early-stopping", "learning-rate", "lr-decay", "optimizers", "input-normalization", "mnist-augmentation",
                "holdout-vs-kfold", "mnist-overfitting", "mnist-l2", "mnist-batchnorm-dropout");
    }

    @Test
    void everyLessonCanRunAsWritten() throws Exception {
        for (Lesson l : Lessons.all()) {
            assertThat(LessonProblems.of(l)).as(l.id()).isEmpty();
        }
    }

    @Test
    void mnistLessonsTrainOnASubset() throws Exception {
        for (Lesson l : Lessons.all()) {
            if (l.project().dataset().kind() == DatasetKind.MNIST) {
                assertThat(l.project().dataset().samples()).as(l.id()).isBetween(1, 1000);
            }
        }
    }

    @Test
    void aLessonSurvivesTheJsonRoundTrip() throws Exception {
        for (Lesson l : Lessons.all()) {
            assertThat(Lessons.fromJson(Lessons.toJson(l), "test")).as(l.id()).isEqualTo(l);
        }
    }

    @Test
    void problemsNameTheBrokenEditAndTheMissingRun() throws Exception {
        Lesson dropout = Lessons.find("dropout");
        Experiment.Compare broken = new Experiment.Compare(List.of(new Experiment.VariantSpec("oops",
                List.of(org.layerlab.engine.teach.ProjectEdit.remove("dense_9")))));
        Lesson bad = new Lesson("bad", "t", "", "e", "q", "l", List.of("loss"), dropout.project(), broken,
                dropout.checks());
        assertThat(LessonProblems.of(bad)).contains("variant 'oops': no node with id 'dense_9'",
                "a check names run 'dropout 0.5'; the runs are [oops]");
    }

    @Test
    void badLessonFilesAreRefusedNamingTheProblem() throws Exception {
        assertThatThrownBy(() -> Lessons.fromJson("{\"schemaVersion\": 2}", "x.json"))
                .hasMessage("x.json has lesson schema version 2; this LayerLab reads 1..1");
        assertThatThrownBy(() -> Lessons.fromJson("{\"id\": \"a\"}", "x.json"))
                .hasMessage("x.json is not a LayerLab lesson: it has no schemaVersion");
        assertThatThrownBy(() -> Lessons.fromJson("{\"schemaVersion\": 1, \"id\": \"a\"}", "x.json"))
                .hasMessageEndingWith("lesson 'a' has no project");
        String withTypo = Lessons.toJson(Lessons.find("dropout")).replace("\"question\"", "\"questoin\"");
        assertThatThrownBy(() -> Lessons.fromJson(withTypo, "x.json"))
                .hasMessageStartingWith("x.json is not a valid lesson: Unrecognized field \"questoin\"");
        assertThatThrownBy(() -> Lessons.find("no-such-lesson"))
                .hasMessageStartingWith("no lesson 'no-such-lesson'; the lessons are: xor-hidden-layer, ");
    }
}
