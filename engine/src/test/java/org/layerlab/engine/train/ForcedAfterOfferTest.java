package org.layerlab.engine.train;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.Engine;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.dl4j.Dl4jModels;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;

import static org.assertj.core.api.Assertions.assertThat;

/** A forced publish (a pause) of the point an unforced offer just took still returns with its views published. */
class ForcedAfterOfferTest {

    @Test
    void aForcedPublishOfAnOfferedPointWaitsForItsViews() throws Exception {
        Project project = ProjectFile.read(SampleData.resolve("projects/playground.json"));
        PreparedData data = Engine.prepareData(project.dataset());
        Mailbox mailbox = new Mailbox();
        try (TrainableModel model = Dl4jModels.create(project.graph(), project.training(), data);
             Snapshots snapshots = new Snapshots(model, mailbox)) {
            snapshots.setMinInterval(0);
            for (int epoch = 0; epoch < 3; epoch++) {
                model.beginEpoch(epoch);
                for (int b = 0; b < model.batchesPerEpoch(); b++) {
                    model.fitBatch(b);
                }
                long iteration = (long) (epoch + 1) * model.batchesPerEpoch();
                // The epoch's end is offered to the view thread, then the user pauses at that very point.
                snapshots.publish(epoch + 1, iteration, false, true);
                snapshots.publish(epoch + 1, iteration, true, false);
                ActivationsSnapshot shown = mailbox.activations().peek();
                assertThat(shown).as("views of epoch %d in the mailbox when the pause returns", epoch + 1).isNotNull();
                assertThat(shown.iteration()).isEqualTo(iteration);
                assertThat(mailbox.surface().peek().epoch()).isEqualTo(epoch + 1);
            }
        }
    }
}
