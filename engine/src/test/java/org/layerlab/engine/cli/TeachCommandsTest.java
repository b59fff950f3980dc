package org.layerlab.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.TrainingConfig;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code layerlab lesson | sweep | compare}, run in-process. */
class TeachCommandsTest {

    private record Result(int code, String out, String err) {
    }

    private static Result layerlab(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LayerLabCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private static Path smallMoons(Path dir, String file, int units) throws Exception {
        ModelGraph graph = ModelGraph.chain(new InputSpec(2), DenseSpec.of(units, Activation.RELU),
                new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));
        Project project = new Project("moons", "", graph,
                DatasetSpec.defaultsFor(DatasetKind.MOONS).withSamples(200), TrainingConfig.defaults().withEpochs(3));
        Path path = dir.resolve(file);
        ProjectFile.write(project, path);
        return path;
    }

    @Test
    void lessonWithoutAnIdListsTheLessons() {
        Result r = layerlab("lesson");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).anyMatch(l -> l.matches("xor-hidden-layer +XOR needs a hidden layer"))
                .anyMatch(l -> l.startsWith("l2-sweep ")).anyMatch(l -> l.startsWith("mnist-batchnorm-dropout "));
    }

    @Test
    void lessonCheckTrainsTheLessonAndReportsEveryCheck() {
        Result r = layerlab("lesson", "early-stopping", "--check");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Early stopping keeps the best epoch", "Ask the class:",
                "[2/2] early stopping:", "PASS early stopping: epochs <= 100",
                "All 2 checks of lesson 'early-stopping' passed.");
    }

    @Test
    void anUnknownLessonIsAOneLineErrorListingTheLessons() {
        Result r = layerlab("lesson", "nope");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("layerlab: no lesson 'nope'; the lessons are: xor-hidden-layer, ");
    }

    @Test
    void sweepStarsTheValueWithTheLowestValidationLoss(@TempDir Path dir) throws Exception {
        Result r = layerlab("sweep", smallMoons(dir, "m.json", 16).toString(), "--param", "units",
                "--values", "1,16", "--quiet");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("  hidden units = 1 ", "* hidden units = 16 ", "best: hidden units = 16");
    }

    @Test
    void sweepRefusesAnUnknownParameterOrMissingValues(@TempDir Path dir) throws Exception {
        String file = smallMoons(dir, "m.json", 4).toString();
        Result bad = layerlab("sweep", file, "--param", "colour", "--values", "1");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("layerlab: unknown sweep parameter 'colour'; expected one of: l2, l1, ");
        Result none = layerlab("sweep", file, "--param", "l2");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).startsWith("layerlab: give either --values or --notes-lambdas");
    }

    @Test
    void compareListsTheDifferencesAndTheFiguresOfEachProject(@TempDir Path dir) throws Exception {
        Result r = layerlab("compare", smallMoons(dir, "small.json", 4).toString(),
                smallMoons(dir, "wide.json", 64).toString(), "--epochs", "2", "--quiet");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        // Both train the same --epochs, so the only difference is the layer's width.
        assertThat(r.out().replace("\r\n", "\n")).contains("wide differs from small:\n  dense_1: units 4 -> 64\n  run ");
        assertThat(r.out().lines().filter(l -> l.contains("finished"))).hasSize(2);
    }
}
