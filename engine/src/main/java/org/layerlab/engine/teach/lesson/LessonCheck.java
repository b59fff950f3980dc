package org.layerlab.engine.teach.lesson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.layerlab.engine.graph.Format;
import org.layerlab.engine.teach.BiasVariance;
import org.layerlab.engine.teach.CrossValidationResult;
import org.layerlab.engine.teach.RunEnding;
import org.layerlab.engine.teach.RunOptions;
import org.layerlab.engine.teach.RunResult;
import org.layerlab.engine.teach.SweepResult;
import org.layerlab.engine.train.EpochMetrics;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An automated check of the effect a lesson teaches, on the lesson's trained runs. Runs are named as
 * the experiment names them; in a sweep "first", "last" and "best" name those points too.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LessonCheck.Threshold.class, name = "threshold"),
        @JsonSubTypes.Type(value = LessonCheck.Compare.class, name = "compare"),
        @JsonSubTypes.Type(value = LessonCheck.SweepBestInterior.class, name = "sweep_best_interior"),
        @JsonSubTypes.Type(value = LessonCheck.ValidationSpread.class, name = "validation_spread"),
        @JsonSubTypes.Type(value = LessonCheck.Diagnosis.class, name = "diagnosis")
})
public sealed interface LessonCheck {

    CheckOutcome evaluate(LessonOutcome outcome);

    /** What the runs must collect for this check. */
    default RunOptions needs() {
        return RunOptions.figuresOnly();
    }

    /**
     * A figure of one run is at least and/or at most a bound; with {@code orDiverged}, a run whose loss became
     * NaN passes too (a learning rate far too high either blows the loss up or kills every unit).
     */
    record Threshold(String run, Metric metric, Integer epoch, String node, Double atLeast, Double atMost,
                     Boolean orDiverged) implements LessonCheck {
        public Threshold {
            if (atLeast == null && atMost == null) {
                throw new IllegalArgumentException("a threshold check needs atLeast or atMost (" + metric + ")");
            }
            orDiverged = Boolean.TRUE.equals(orDiverged) ? Boolean.TRUE : null;
        }

        @Override
        public CheckOutcome evaluate(LessonOutcome outcome) {
            RunResult r = outcome.run(run);
            String bounds = (atLeast != null ? " >= " + Format.decimal(atLeast) : "")
                    + (atLeast != null && atMost != null ? " and" : "")
                    + (atMost != null ? " <= " + Format.decimal(atMost) : "")
                    + (orDiverged != null ? ", or the loss diverges" : "");
            String description = run + ": " + figure(metric, epoch, node) + bounds;
            if (orDiverged != null && r.ending() == RunEnding.DIVERGED) {
                return new CheckOutcome(description, "diverged: " + r.message(), true);
            }
            double v = metric.of(r, epoch, node);
            boolean ok = Double.isFinite(v) && (atLeast == null || v >= atLeast) && (atMost == null || v <= atMost);
            return new CheckOutcome(description, show(v), ok);
        }

        @Override
        public RunOptions needs() {
            return metric.needs();
        }
    }

    /** {@code run}'s figure is below (or above) {@code factor} times {@code than}'s. */
    record Compare(String run, Metric metric, Integer epoch, String node, String relation, String than, Double factor)
            implements LessonCheck {
        public Compare {
            relation = relation == null ? "below" : relation;
            if (!relation.equals("below") && !relation.equals("above")) {
                throw new IllegalArgumentException("relation must be below or above, found " + relation);
            }
            factor = factor == null ? 1.0 : factor;
        }

        @Override
        public CheckOutcome evaluate(LessonOutcome outcome) {
            double a = metric.of(outcome.run(run), epoch, node);
            double b = metric.of(outcome.run(than), epoch, node);
            double bound = factor * b;
            boolean ok = Double.isFinite(a) && Double.isFinite(b) && (relation.equals("below") ? a < bound : a > bound);
            String scaled = factor == 1.0 ? than : Format.decimal(factor) + " x " + than;
            return new CheckOutcome(run + ": " + figure(metric, epoch, node) + " " + relation + " " + scaled,
                    show(a) + " vs " + show(b), ok);
        }

        @Override
        public RunOptions needs() {
            return metric.needs();
        }
    }

    /** The sweep's best value (lowest final validation loss) is neither the first nor the last. */
    record SweepBestInterior() implements LessonCheck {
        @Override
        public CheckOutcome evaluate(LessonOutcome outcome) {
            SweepResult sweep = outcome.sweep();
            if (sweep == null) {
                throw new IllegalStateException("lesson '" + outcome.lesson().id() + "' is not a sweep");
            }
            int best = sweep.bestIndex();
            boolean ok = best > 0 && best < sweep.points().size() - 1;
            String measured = best < 0 ? "no value has a validation loss"
                    : "best " + sweep.points().get(best).label() + " (validation loss "
                    + show(sweep.points().get(best).finalValidationLoss()) + "), point " + (best + 1) + " of "
                    + sweep.points().size();
            return new CheckOutcome("the best value is neither the smallest nor the largest", measured, ok);
        }
    }

    /**
     * A validation method's folds disagree by at least {@code minStd} in validation accuracy (one holdout split
     * is one draw of them), and the final model's test accuracy lies within {@code maxTestGap} of their mean.
     */
    record ValidationSpread(String method, double minStd, double maxTestGap) implements LessonCheck {
        @Override
        public CheckOutcome evaluate(LessonOutcome outcome) {
            CrossValidationResult r = outcome.validation(method);
            double std = r.validationAccuracy().std();
            double mean = r.validationAccuracy().mean();
            double test = r.finalModel().test().accuracy();
            boolean ok = std >= minStd && Math.abs(test - mean) <= maxTestGap;
            return new CheckOutcome(method + ": folds' accuracy std >= " + Format.decimal(minStd)
                    + " and final test accuracy within " + Format.decimal(maxTestGap) + " of their mean",
                    "mean " + show(mean) + " ± " + show(std) + ", test " + show(test), ok);
        }
    }

    /**
     * The bias/variance diagnosis of a run's last epoch (errors = 1 - accuracy) against a human-level
     * error ({@code humanError} null when unknown) gives {@code verdict}.
     */
    record Diagnosis(String run, Double humanError, BiasVariance.Verdict verdict) implements LessonCheck {
        @Override
        public CheckOutcome evaluate(LessonOutcome outcome) {
            EpochMetrics last = outcome.run(run).last().orElse(null);
            if (last == null) {
                return new CheckOutcome(run + ": diagnosed " + verdict.text(), "no finished epoch", false);
            }
            BiasVariance.Diagnosis d = BiasVariance.diagnose(1 - last.trainAccuracy(), 1 - last.validationAccuracy(),
                    humanError == null ? Double.NaN : humanError);
            return new CheckOutcome(run + ": diagnosed " + verdict.text(), d.verdict().text() + " (training error "
                    + show(100 * d.trainError()) + " %, validation error " + show(100 * d.validationError()) + " %)",
                    d.verdict() == verdict);
        }
    }

    private static String figure(Metric metric, Integer epoch, String node) {
        return metric.key() + (node != null ? "(" + node + ")" : "") + (epoch != null ? " at epoch " + epoch : "");
    }

    /** Four significant digits. */
    static String show(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
