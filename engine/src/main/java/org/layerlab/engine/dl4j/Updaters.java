package org.layerlab.engine.dl4j;

import org.layerlab.engine.train.Optimizer;
import org.layerlab.engine.train.TrainingConfig;
import org.nd4j.linalg.learning.config.AdaDelta;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.InverseSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/** The training config's optimizer and learning-rate schedule as a DL4J updater. */
final class Updaters {

    /** Keras' RMSprop rho (DL4J's default decay is 0.95). */
    static final double RMSPROP_RHO = 0.9;

    private Updaters() {
    }

    /**
     * The updater for {@code config}. With {@code plain}, only stock DL4J classes are used (SGD +
     * momentum becomes Nesterovs): the form written into an exported model.
     */
    static IUpdater of(TrainingConfig config, boolean plain) {
        check(config);
        double lr = config.learningRate();
        IUpdater updater = switch (config.optimizer()) {
            case SGD -> new Sgd(lr);
            case MOMENTUM -> plain ? new Nesterovs(lr, config.momentum()) : new ClassicMomentum(lr, null, config.momentum());
            case NESTEROV -> new Nesterovs(lr, config.momentum());
            case ADAGRAD -> new AdaGrad(lr);
            case ADADELTA -> new AdaDelta();
            case RMSPROP -> new RmsProp(lr, RMSPROP_RHO, RmsProp.DEFAULT_RMSPROP_EPSILON);
            case ADAM -> new Adam(lr);
            case NADAM -> new Nadam(lr);
            case ADAMAX -> new AdaMax(lr);
        };
        ISchedule schedule = schedule(config);
        if (schedule != null && updater.hasLearningRate()) {
            updater.setLrAndSchedule(lr, schedule);
        }
        return updater;
    }

    /** The schedule as DL4J evaluates it, or null for a constant rate. */
    static ISchedule schedule(TrainingConfig config) {
        double lr = config.learningRate();
        return switch (config.schedule()) {
            case NONE -> null;
            case TIME_DECAY -> new InverseSchedule(ScheduleType.ITERATION, lr, config.decay(), 1);
            case STEP_DECAY -> new StepSchedule(ScheduleType.EPOCH, lr, config.decay(), config.stepEpochs());
            case EXPONENTIAL -> new ExponentialSchedule(ScheduleType.EPOCH, lr, config.decay());
        };
    }

    private static void check(TrainingConfig c) {
        if (c.optimizer() == null || c.schedule() == null) {
            throw new IllegalArgumentException("the training config needs an optimizer and a schedule, found "
                    + c.optimizer() + " and " + c.schedule());
        }
        if (c.optimizer() != Optimizer.ADADELTA && !(c.learningRate() > 0 && Double.isFinite(c.learningRate()))) {
            throw new IllegalArgumentException("learning rate must be above 0, found " + c.learningRate());
        }
        if ((c.optimizer() == Optimizer.MOMENTUM || c.optimizer() == Optimizer.NESTEROV)
                && !(c.momentum() >= 0 && c.momentum() < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), found " + c.momentum());
        }
        if (c.batchSize() < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, found " + c.batchSize());
        }
        if (!(c.l1() >= 0) || !(c.l2() >= 0)) {
            throw new IllegalArgumentException("L1 and L2 must be 0 or more, found " + c.l1() + " and " + c.l2());
        }
        switch (c.schedule()) {
            case TIME_DECAY -> {
                if (!(c.decay() >= 0)) {
                    throw new IllegalArgumentException("time decay needs a decay of 0 or more, found " + c.decay());
                }
            }
            case STEP_DECAY, EXPONENTIAL -> {
                if (!(c.decay() > 0)) {
                    throw new IllegalArgumentException(c.schedule() + " needs a decay factor above 0, found " + c.decay());
                }
                if (c.schedule() == org.layerlab.engine.train.Schedule.STEP_DECAY && c.stepEpochs() < 1) {
                    throw new IllegalArgumentException("step decay needs at least 1 epoch per step, found "
                            + c.stepEpochs());
                }
            }
            default -> {
            }
        }
    }
}
