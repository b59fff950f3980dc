package org.layerlab.engine.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.layerlab.engine.graph.KeyedEnum;

/**
 * Learning-rate schedules as the lecture notes define them ({@code lr0} the configured rate):
 * <ul>
 *   <li>time-based decay (Keras {@code decay}): lr = lr0 / (1 + decay * iteration), per minibatch;</li>
 *   <li>step decay: lr = lr0 * decay ^ floor(epoch / stepEpochs);</li>
 *   <li>exponential: lr = lr0 * decay ^ epoch.</li>
 * </ul>
 */
public enum Schedule implements KeyedEnum {
    NONE("none"),
    TIME_DECAY("time_decay"),
    STEP_DECAY("step_decay"),
    EXPONENTIAL("exponential");

    private final String key;

    Schedule(String key) {
        this.key = key;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    /** The learning rate at this point of training (epoch counted from 0). */
    public double rateAt(double lr0, double decay, int stepEpochs, long iteration, int epoch) {
        return switch (this) {
            case NONE -> lr0;
            case TIME_DECAY -> lr0 / (1.0 + decay * iteration);
            case STEP_DECAY -> lr0 * Math.pow(decay, Math.floor(epoch / (double) Math.max(1, stepEpochs)));
            case EXPONENTIAL -> lr0 * Math.pow(decay, epoch);
        };
    }

    @JsonCreator
    public static Schedule fromKey(String key) {
        return KeyedEnum.fromKey(Schedule.class, key);
    }

    @Override
    public String toString() {
        return key;
    }
}
