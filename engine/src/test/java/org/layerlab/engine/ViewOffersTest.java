package org.layerlab.engine;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.train.RunState;
import org.layerlab.engine.train.TrainingRun;
import org.layerlab.engine.train.ViewCosts;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With views every epoch (interval 0), the training thread stages the parameters for the view
 * thread once per epoch, not after every minibatch the view thread happens to be free for.
 */
class ViewOffersTest {

    @Test
    void viewsEveryEpochStageTheParametersOncePerEpoch() throws Exception {
        Project project = ProjectFile.read(SampleData.resolve("projects/playground.json"));
        try (TrainingRun run = Engine.prepareRun(project.withTraining(project.training().withEpochs(40)))) {
            int batches = run.status().batchesPerEpoch();
            assertThat(batches).isGreaterThan(10);
            run.setViewsEnabled(true);
            run.setViewInterval(Duration.ZERO);
            run.start();
            assertThat(run.awaitState(RunState::isOver, Duration.ofSeconds(120))).isTrue();
            assertThat(run.status().epoch()).isEqualTo(40);

            long copies = run.viewCosts().count(ViewCosts.Part.PARAMETER_COPY);
            long surfaces = run.viewCosts().count(ViewCosts.Part.SURFACE);
            // One per epoch end, plus the first minibatch and the forced publish when the run ends.
            assertThat(copies).isBetween(20L, 40L + 3);
            assertThat(surfaces).isBetween(10L, copies);
            assertThat(run.mailbox().surface().peek().epoch()).isEqualTo(40);
        }
    }
}
