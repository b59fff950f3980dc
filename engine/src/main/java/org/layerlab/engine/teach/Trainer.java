package org.layerlab.engine.teach;

import org.layerlab.engine.InvalidProjectException;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.dl4j.Dl4jModels;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.GraphValidator;
import org.layerlab.engine.graph.Problem;
import org.layerlab.engine.train.ActivationsSnapshot;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.EarlyStopping;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.Evaluation;
import org.layerlab.engine.train.LayerEffect;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;
import org.layerlab.engine.train.TrainingRun;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains one project to its end on the calling thread, with exactly the calls and order of
 * {@link TrainingRun}'s loop (so the same project and seed give the same numbers as in the studio):
 * per epoch reshuffle, fit every minibatch, evaluate train and validation, apply early stopping with
 * restore-best. A NaN or infinite loss ends the run as {@link RunEnding#DIVERGED}.
 */
public final class Trainer {

    private Trainer() {
    }

    /**
     * Trains {@code project} on {@code data}, reporting to the context's listener as run {@code index}.
     * The context's cache is not consulted: {@code data} may be a fold rather than what the project's
     * dataset settings prepare (see {@link #runCached}).
     *
     * @throws InvalidProjectException when the graph does not fit the data or cannot be compiled
     * @throws java.util.concurrent.CancellationException when {@code cancel} is set while training
     */
    public static RunResult run(String name, Project project, PreparedData data, RunContext context, int index) {
        RunOptions options = context.options();
        RunListener listener = context.listener();
        Cancellation cancel = context.cancel();
        List<Problem> problems = GraphValidator.validate(project.graph(), data.shape());
        if (!problems.isEmpty()) {
            throw new InvalidProjectException(name, problems);
        }
        TrainingConfig config = project.training();
        if (config.epochs() < 1) {
            throw new InvalidProjectException(name, List.of(new Problem(null,
                    "epochs must be at least 1, found " + config.epochs())));
        }
        if (config.earlyStopping().enabled() && config.earlyStopping().patience() < 1) {
            throw new InvalidProjectException(name, List.of(new Problem(null,
                    "early-stopping patience must be at least 1 epoch, found " + config.earlyStopping().patience())));
        }
        TrainableModel model;
        try {
            model = Dl4jModels.create(project.graph(), config, data);
        } catch (IllegalArgumentException e) {
            throw new InvalidProjectException(name, List.of(new Problem(null, e.getMessage())));
        }
        try (model) {
            return new Loop(name, config, model, options, listener, index, cancel).train(data.validation().size() > 0);
        }
    }

    /**
     * As {@link #run}, for data prepared from {@code project.dataset()} itself: a run the context's cache
     * remembers is returned (renamed) instead of trained again, and a new one is remembered.
     */
    public static RunResult runCached(String name, Project project, PreparedData data, RunContext context, int index) {
        RunCache cache = context.cache();
        if (cache != null) {
            RunResult hit = cache.get(name, project, context.options());
            if (hit != null) {
                hit.series().forEach(m -> context.listener().epochDone(index, name, m));
                return hit;
            }
        }
        RunResult result = run(name, project, data, context, index);
        if (cache != null) {
            cache.put(project, context.options(), result);
        }
        return result;
    }

    /** The state of one run's loop. */
    private static final class Loop {

        private final String name;
        private final TrainingConfig config;
        private final TrainableModel model;
        private final RunOptions options;
        private final RunListener listener;
        private final int index;
        private final Cancellation cancel;
        private final GradientAverager gradients = new GradientAverager();
        private final List<EpochMetrics> series = new ArrayList<>();
        private final long start = System.nanoTime();
        private long iteration;

        Loop(String name, TrainingConfig config, TrainableModel model, RunOptions options, RunListener listener,
             int index, Cancellation cancel) {
            this.name = name;
            this.config = config;
            this.model = model;
            this.options = options;
            this.listener = listener;
            this.index = index;
            this.cancel = cancel;
        }

        /** Trains to the end; early stopping watches the validation loss when {@code hasValidation}. */
        RunResult train(boolean hasValidation) {
            ActivationsSnapshot before = options.activations() ? model.activations(0, 0) : null;
            EarlyStopping rule = config.earlyStopping();
            PatienceCounter patience = new PatienceCounter(Math.max(1, rule.patience()));
            float[] bestParameters = null;
            RunEnding ending = RunEnding.FINISHED;
            String message = "";
            for (int epoch = 0; epoch < config.epochs(); epoch++) {
                String diverged = fitEpoch(epoch);
                if (diverged != null) {
                    ending = RunEnding.DIVERGED;
                    message = diverged;
                    break;
                }
                EpochMetrics m = endEpoch(epoch + 1);
                if (!Double.isFinite(m.trainLoss())) {
                    ending = RunEnding.DIVERGED;
                    message = "Training loss became " + m.trainLoss() + " at the end of epoch " + m.epoch()
                            + ": the learning rate " + config.learningRate() + " is too high for this network.";
                    break;
                }
                boolean improved = patience.observe(m.epoch(),
                        PatienceCounter.monitored(m.trainLoss(), m.validationLoss(), hasValidation));
                if (improved && rule.enabled() && rule.restoreBest()) {
                    bestParameters = model.copyParameters();
                }
                if (rule.enabled() && patience.shouldStop()) {
                    ending = RunEnding.STOPPED_EARLY;
                    message = "Stopped early at epoch " + m.epoch() + ": the " + (hasValidation ? "validation" : "training")
                            + " loss has not improved for " + rule.patience() + " epochs since epoch "
                            + patience.bestEpoch() + ".";
                    break;
                }
            }
            if (ending == RunEnding.FINISHED) {
                message = "Finished " + series.size() + (series.size() == 1 ? " epoch." : " epochs.");
            }
            if (bestParameters != null && ending != RunEnding.DIVERGED && patience.bestEpoch() != series.size()) {
                model.restoreParameters(bestParameters);
                message += " Restored the weights of epoch " + patience.bestEpoch() + ".";
            }
            return result(ending, message, patience.bestEpoch(), before);
        }

        /** Fits every minibatch of one epoch; returns why the loss diverged, or null. */
        private String fitEpoch(int epoch) {
            model.beginEpoch(epoch);
            for (int batch = 0; batch < model.batchesPerEpoch(); batch++) {
                cancel.check();
                double loss = model.fitBatch(batch);
                iteration++;
                if (!Double.isFinite(loss)) {
                    return "Loss became " + loss + " at epoch " + (epoch + 1) + ", batch " + (batch + 1)
                            + ": the learning rate " + config.learningRate() + " is too high for this network.";
                }
                if (epoch == 0 && options.gradients()) {
                    gradients.add(model.lastGradients(1, iteration));
                }
            }
            return null;
        }

        private EpochMetrics endEpoch(int finished) {
            Evaluation train = model.evaluate(SplitName.TRAIN);
            Evaluation validation = model.evaluate(SplitName.VALIDATION);
            EpochMetrics m = new EpochMetrics(finished, iteration, train.loss(), train.accuracy(), validation.loss(),
                    validation.accuracy(), model.learningRate(), elapsedMillis());
            series.add(m);
            listener.epochDone(index, name, m);
            if (options.surface() && Double.isFinite(train.loss())) {
                DecisionSurface surface = model.decisionSurface(finished, TrainingRun.SURFACE_SIZE,
                        TrainingRun.SURFACE_SIZE);
                if (surface != null) {
                    listener.surfaceUpdated(index, name, surface);
                }
            }
            return m;
        }

        private RunResult result(RunEnding ending, String message, int bestEpoch, ActivationsSnapshot before) {
            Evaluation train = model.evaluate(SplitName.TRAIN);
            Evaluation validation = model.evaluate(SplitName.VALIDATION);
            Evaluation test = model.evaluate(SplitName.TEST);
            int epochs = series.size();
            boolean finite = ending != RunEnding.DIVERGED;
            ActivationsSnapshot after = options.activations() && finite ? model.activations(epochs, iteration) : null;
            DecisionSurface surface = options.surface() && finite
                    ? model.decisionSurface(epochs, TrainingRun.SURFACE_SIZE, TrainingRun.SURFACE_SIZE) : null;
            List<LayerEffect> effects = new ArrayList<>();
            if (options.effects() && finite) {
                for (String id : model.effectNodeIds()) {
                    effects.add(model.layerEffect(id, true));
                    effects.add(model.layerEffect(id, false));
                }
            }
            return new RunResult(name, series, ending, message, bestEpoch, train, validation, test,
                    gradients.means(), before, after, WeightStats.of(model.copyParameters()), surface,
                    effects.stream().filter(java.util.Objects::nonNull).toList(), elapsedMillis());
        }

        private long elapsedMillis() {
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
