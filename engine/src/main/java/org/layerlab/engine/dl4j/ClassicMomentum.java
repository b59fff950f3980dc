package org.layerlab.engine.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.util.Map;
import java.util.Objects;

/**
 * Classic (heavy-ball) SGD momentum, the rule the lecture notes teach: {@code v = mu * v - lr * g;
 * w = w + v}. DL4J has only Nesterov momentum, so this small updater is used for TRAINING only; an
 * exported model swaps in a stock {@code Nesterovs} with the same settings (the updater plays no
 * part in prediction). DL4J subtracts the updater's output from the weights, so the state kept here
 * is {@code u = -v}: {@code u = mu * u + lr * g; w = w - u}.
 */
public final class ClassicMomentum implements IUpdater {

    private double learningRate;
    private ISchedule learningRateSchedule;
    private final double momentum;

    public ClassicMomentum(@JsonProperty("learningRate") double learningRate,
                           @JsonProperty("learningRateSchedule") ISchedule learningRateSchedule,
                           @JsonProperty("momentum") double momentum) {
        this.learningRate = learningRate;
        this.learningRateSchedule = learningRateSchedule;
        this.momentum = momentum;
    }

    public double getLearningRate() {
        return learningRate;
    }

    public ISchedule getLearningRateSchedule() {
        return learningRateSchedule;
    }

    public double getMomentum() {
        return momentum;
    }

    @Override
    public long stateSize(long numParams) {
        return numParams;
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        Updater updater = new Updater(this);
        updater.setStateViewArray(viewArray, viewArray.shape(), viewArray.ordering(), initializeViewArray);
        return updater;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> updaterState, boolean initializeStateArrays) {
        Updater updater = new Updater(this);
        updater.setState(updaterState, initializeStateArrays);
        return updater;
    }

    @Override
    public ClassicMomentum clone() {
        return new ClassicMomentum(learningRate, learningRateSchedule == null ? null : learningRateSchedule.clone(),
                momentum);
    }

    @Override
    public double getLearningRate(int iteration, int epoch) {
        return learningRateSchedule != null ? learningRateSchedule.valueAt(iteration, epoch) : learningRate;
    }

    @Override
    public boolean hasLearningRate() {
        return true;
    }

    @Override
    public void setLrAndSchedule(double lr, ISchedule lrSchedule) {
        this.learningRate = lr;
        this.learningRateSchedule = lrSchedule;
    }

    /** DL4J groups layers into one updater block when their configurations are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ClassicMomentum m && m.learningRate == learningRate && m.momentum == momentum
                && Objects.equals(m.learningRateSchedule, learningRateSchedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningRate, momentum, learningRateSchedule);
    }

    @Override
    public String toString() {
        return "ClassicMomentum(lr=" + learningRate + ", momentum=" + momentum + ", schedule=" + learningRateSchedule + ")";
    }

    /** Applies the rule to one block of parameters; the velocity lives in DL4J's updater state view. */
    static final class Updater implements GradientUpdater<ClassicMomentum> {

        static final String VELOCITY = "V";

        private final ClassicMomentum config;
        private INDArray velocity;

        Updater(ClassicMomentum config) {
            this.config = config;
        }

        @Override
        public ClassicMomentum getConfig() {
            return config;
        }

        @Override
        public void setState(Map<String, INDArray> stateMap, boolean initialize) {
            if (!stateMap.containsKey(VELOCITY) || stateMap.size() != 1) {
                throw new IllegalStateException("ClassicMomentum expects one state array '" + VELOCITY + "', found "
                        + stateMap.keySet());
            }
            velocity = stateMap.get(VELOCITY);
            if (initialize) {
                velocity.assign(0);
            }
        }

        @Override
        public Map<String, INDArray> getState() {
            return Map.of(VELOCITY, velocity);
        }

        @Override
        public void setStateViewArray(INDArray viewArray, long[] gradientShape, char gradientOrder, boolean initialize) {
            if (initialize) {
                viewArray.assign(0);
            }
            velocity = viewArray.reshape(gradientOrder, gradientShape);
        }

        @Override
        public void applyUpdater(INDArray gradient, int iteration, int epoch) {
            if (velocity == null) {
                throw new IllegalStateException("ClassicMomentum updater has no state array");
            }
            double lr = config.getLearningRate(iteration, epoch);
            velocity.muli(config.getMomentum()).addi(gradient.muli(lr));
            gradient.assign(velocity);
        }
    }
}
