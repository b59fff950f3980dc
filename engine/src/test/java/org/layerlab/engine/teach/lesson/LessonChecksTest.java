package org.layerlab.engine.teach.lesson;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;

/**
 * Every lesson on the toy datasets teaches what it says: trained for real with its fixed seeds, each
 * check of its effect passes (XOR without a hidden layer stays at or below 75 %, the deep sigmoid
 * network's first-layer gradient is at least 10x smaller than with ReLU, the L2 sweep's best lambda is
 * neither the smallest nor the largest, dropout narrows the loss gap, ...). About a minute.
 */
class LessonChecksTest {

    @TestFactory
    List<DynamicTest> everyToyLessonShowsItsEffect() throws Exception {
        return LessonCheckSupport.checks(LessonCheckSupport.onMnist().negate());
    }
}
