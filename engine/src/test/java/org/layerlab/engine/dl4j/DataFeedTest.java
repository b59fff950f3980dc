package org.layerlab.engine.dl4j;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.PreparedData;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Each epoch's minibatches hold the training examples in that epoch's order, rows and labels together. */
class DataFeedTest {

    @Test
    void everyEpochReordersTheSameExamplesIntoTheSameMinibatchArrays() {
        PreparedData data = TestData.threeBlobs(103, 11);
        long seed = 5;
        DataFeed feed = new DataFeed(data, LabelEncoding.ONE_HOT, 10, seed);
        INDArray x = feed.split(org.layerlab.engine.train.SplitName.TRAIN).features();
        INDArray y = feed.split(org.layerlab.engine.train.SplitName.TRAIN).labels();
        int n = (int) x.size(0);
        DataSet first = feed.batch(0);
        float[] before = first.getFeatures().dup().data().asFloat();
        for (int epoch : new int[]{0, 1, 2, 1}) {
            feed.shuffle(epoch);
            int[] order = DataFeed.permutation(n, new Random(seed * 0x9E3779B97F4A7C15L + epoch));
            assertThat(feed.batchCount()).isEqualTo((n + 9) / 10);
            for (int b = 0; b < feed.batchCount(); b++) {
                DataSet batch = feed.batch(b);
                for (int r = 0; r < batch.numExamples(); r++) {
                    int source = order[b * 10 + r];
                    assertThat(batch.getFeatures().getRow(r).toFloatVector()).as("epoch %d batch %d row %d", epoch, b, r)
                            .isEqualTo(x.getRow(source).toFloatVector());
                    assertThat(batch.getLabels().getRow(r).toFloatVector()).isEqualTo(y.getRow(source).toFloatVector());
                }
            }
        }
        assertThat(feed.batch(0)).as("the same minibatch objects, refilled").isSameAs(first);
        assertThat(first.getFeatures().data().asFloat()).isNotEqualTo(before);
    }
}
