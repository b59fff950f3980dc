package org.layerlab.engine.teach.lesson;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.util.List;

/**
 * The MNIST lessons (augmentation, and the notes' 004 sequence: 512-256-128 overfitting, then L2, then
 * BatchNorm + Dropout) show their effects on a 1,000-digit subset. The slowest lesson checks (about 25 s
 * together); tagged so they can be left out locally with {@code -DexcludedGroups=slow}, and run in
 * {@code mvn verify}.
 */
@Tag("slow")
class MnistLessonChecksTest {

    @TestFactory
    List<DynamicTest> everyMnistLessonShowsItsEffect() throws Exception {
        return LessonCheckSupport.checks(LessonCheckSupport.onMnist());
    }
}
