package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Trainable;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.BaseMultiLayerUpdater;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.deeplearning4j.nn.updater.graph.ComputationGraphUpdater;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.regularization.Regularization;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * DL4J's own updaters with one waste removed. Before and after the updater step, DL4J's
 * {@code UpdaterBlock} cuts the flat gradient and parameter vectors into a view per variable (two
 * reshapes and two interval views each) only to find that the variable has no regularization. On a
 * small network that is about 45 % of the native buffers a minibatch allocates, and every one of
 * them costs heap bookkeeping and a deallocation after the next GC. Here a block whose variables
 * have no regularization for a step skips it; blocks with L1, L2 or weight decay run DL4J's code
 * unchanged. Adam's step runs as {@link LeanAdam}, the same arithmetic without ND4J's slow native
 * op. Training is bit-identical (LeanUpdaterTest, LeanAdamTest).
 */
final class LeanUpdaters {

    private LeanUpdaters() {
    }

    /** Gives {@code net} the lean updater; call before the first fit. */
    static void install(NetworkAdapter net) {
        Object model = net.model();
        if (model instanceof MultiLayerNetwork mln) {
            MultiLayerUpdater updater = new LeanMultiLayerUpdater(mln);
            lean(updater);
            mln.setUpdater(updater);
        } else if (model instanceof ComputationGraph graph) {
            ComputationGraphUpdater updater = new LeanGraphUpdater(graph);
            lean(updater);
            graph.setUpdater(updater);
        }
    }

    /** A network's updater that cuts the gradient's minibatch-division views once ({@link DivisionViews}). */
    static final class LeanMultiLayerUpdater extends MultiLayerUpdater {
        final DivisionViews divisionViews = new DivisionViews();

        LeanMultiLayerUpdater(MultiLayerNetwork network) {
            super(network);
        }

        @Override
        protected List<INDArray> getMinibatchDivisionSubsets(INDArray from) {
            return divisionViews.of(from, super::getMinibatchDivisionSubsets);
        }
    }

    /** A graph's updater that cuts the gradient's minibatch-division views once ({@link DivisionViews}). */
    static final class LeanGraphUpdater extends ComputationGraphUpdater {
        final DivisionViews divisionViews = new DivisionViews();

        LeanGraphUpdater(ComputationGraph graph) {
            super(graph);
        }

        @Override
        protected List<INDArray> getMinibatchDivisionSubsets(INDArray from) {
            return divisionViews.of(from, super::getMinibatchDivisionSubsets);
        }
    }

    /**
     * The views of the gradient that DL4J divides by the minibatch size, made once per gradient
     * buffer. DL4J caches them only when the gradient it gets is its own flattened-gradient object;
     * the fit hands it another INDArray over the same memory, so it cut them again at every
     * minibatch: a reshape per updater block, each a new shape buffer registered for deallocation,
     * about half of the registrations a small network's minibatch makes (the garbage collector
     * copies every registration once).
     */
    static final class DivisionViews {
        private long address;
        private long offset = -1;
        private long length = -1;
        private List<INDArray> views;
        /** How many times the views were cut (tests). */
        int made;

        /** The views of {@code from}: cut by {@code make} the first time and whenever {@code from} is another buffer. */
        List<INDArray> of(INDArray from, Function<INDArray, List<INDArray>> make) {
            long a = from.data().address();
            if (views == null || a != address || from.offset() != offset || from.length() != length) {
                views = make.apply(from);
                address = a;
                offset = from.offset();
                length = from.length();
                made++;
            }
            return views;
        }
    }

    /** Replaces every block of a freshly built updater by a lean copy sharing its views and state. */
    private static void lean(BaseMultiLayerUpdater<?> updater) {
        List<UpdaterBlock> blocks = updater.getUpdaterBlocks();
        for (int i = 0; i < blocks.size(); i++) {
            blocks.set(i, new LeanBlock(blocks.get(i)));
        }
    }

    /** DL4J's Adam step as {@link LeanAdam} (same state, same arithmetic); every other updater as it is. */
    private static GradientUpdater<?> leanStep(GradientUpdater<?> updater) {
        if (updater != null && updater.getClass() == AdamUpdater.class) {
            AdamUpdater adam = (AdamUpdater) updater;
            LeanAdam lean = new LeanAdam(adam.getConfig());
            lean.setM(adam.getM());
            lean.setV(adam.getV());
            lean.setGradientReshapeOrder(adam.getGradientReshapeOrder());
            return lean;
        }
        return updater;
    }

    /** An updater block that skips the per-variable regularization views when there is nothing to apply. */
    private static final class LeanBlock extends UpdaterBlock {

        private final Set<Regularization.ApplyStep> steps = EnumSet.noneOf(Regularization.ApplyStep.class);

        LeanBlock(UpdaterBlock block) {
            super(block.getParamOffsetStart(), block.getParamOffsetEnd(), block.getUpdaterViewOffsetStart(),
                    block.getUpdaterViewOffsetEnd(), block.getLayersAndVariablesInBlock());
            setUpdaterView(block.getUpdaterView());
            setGradientView(block.getGradientView());
            setUpdaterViewRequiresInitialization(block.isUpdaterViewRequiresInitialization());
            setGradientUpdater(leanStep(block.getGradientUpdater()));
            for (ParamState state : block.getLayersAndVariablesInBlock()) {
                Trainable layer = state.getLayer();
                List<Regularization> regularizations = layer.getConfig().getRegularizationByParam(state.getParamName());
                if (regularizations != null) {
                    regularizations.forEach(r -> steps.add(r.applyStep()));
                }
            }
        }

        @Override
        public void init() {
            super.init();
            setGradientUpdater(leanStep(getGradientUpdater()));
        }

        @Override
        protected void applyRegularizationAllVariables(Regularization.ApplyStep step, int iteration, int epoch,
                                                       boolean externalGradient, INDArray fullNetworkGradientView,
                                                       INDArray fullNetworkParamsArray) {
            if (steps.contains(step)) {
                super.applyRegularizationAllVariables(step, iteration, epoch, externalGradient,
                        fullNetworkGradientView, fullNetworkParamsArray);
            }
        }
    }
}
