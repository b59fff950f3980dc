package org.layerlab.engine.dl4j;

/** How the labels of a split are laid out for the output layer. */
enum LabelEncoding {
    /** One column per class, 1 for the example's class (softmax or k sigmoid units). */
    ONE_HOT("one_hot"),
    /** One 0/1 column: the probability of class 1 (a single sigmoid unit for two classes). */
    BINARY("binary"),
    /** One column holding the regression target. */
    TARGET("target");

    private final String key;

    LabelEncoding(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static LabelEncoding fromKey(String key) {
        for (LabelEncoding e : values()) {
            if (e.key.equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown label encoding '" + key + "'; expected one_hot, binary or target");
    }

    boolean isClassification() {
        return this != TARGET;
    }
}
