package org.layerlab.engine.teach;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.layerlab.engine.data.KFold;
import org.layerlab.engine.graph.KeyedEnum;

/**
 * How to estimate how well a model generalises (the notes' three validation methods).
 *
 * @param method      holdout, K-fold or iterated K-fold
 * @param k           folds (K-fold methods; ignored by holdout)
 * @param repetitions rounds P of iterated K-fold, each with a new shuffle (1 for plain K-fold)
 */
public record ValidationPlan(Method method, int k, int repetitions) {

    /** The notes' three methods. */
    public enum Method implements KeyedEnum {
        /** One train/validation split (validação holdout): enough when data is plentiful. */
        HOLDOUT("holdout"),
        /** K models, each validated on a different fold (validação K-fold). */
        K_FOLD("kfold"),
        /** K-fold repeated P times with new shuffles: P x K models (K-fold iterativa). */
        ITERATED_K_FOLD("iterated_kfold");

        private final String key;

        Method(String key) {
            this.key = key;
        }

        @Override
        @JsonValue
        public String key() {
            return key;
        }

        @JsonCreator
        public static Method fromKey(String key) {
            return KeyedEnum.fromKey(Method.class, key);
        }
    }

    public ValidationPlan {
        if (method == null) {
            throw new IllegalArgumentException("the validation method is missing");
        }
        if (method != Method.HOLDOUT && (k < KFold.MIN_FOLDS || k > KFold.MAX_FOLDS)) {
            throw new IllegalArgumentException("folds must be " + KFold.MIN_FOLDS + ".." + KFold.MAX_FOLDS
                    + ", found " + k);
        }
        if (method == Method.ITERATED_K_FOLD && (repetitions < 1 || repetitions > KFold.MAX_REPETITIONS)) {
            throw new IllegalArgumentException("repetitions must be 1.." + KFold.MAX_REPETITIONS + ", found "
                    + repetitions);
        }
        if (method != Method.ITERATED_K_FOLD) {
            repetitions = 1;
        }
    }

    public static ValidationPlan holdout() {
        return new ValidationPlan(Method.HOLDOUT, 0, 1);
    }

    public static ValidationPlan kFold(int k) {
        return new ValidationPlan(Method.K_FOLD, k, 1);
    }

    public static ValidationPlan iterated(int k, int repetitions) {
        return new ValidationPlan(Method.ITERATED_K_FOLD, k, repetitions);
    }

    /** Models trained before the final one: 1, K or P x K. */
    public int models() {
        return method == Method.HOLDOUT ? 1 : k * repetitions;
    }
}
