package org.layerlab.engine.teach.lesson;

import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.teach.RunCache;
import org.layerlab.engine.teach.RunContext;
import org.junit.jupiter.api.DynamicTest;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trains lessons and asserts their checks. One cache for the whole test JVM: a baseline several lessons
 * share (the same project, name aside) trains once, exactly as it would train again.
 */
final class LessonCheckSupport {

    static final RunCache CACHE = new RunCache(64);

    private LessonCheckSupport() {
    }

    static Predicate<Lesson> onMnist() {
        return l -> l.project().dataset().kind() == DatasetKind.MNIST;
    }

    /** One dynamic test per bundled lesson that {@code which} accepts, named by its id. */
    static List<DynamicTest> checks(Predicate<Lesson> which) throws LessonFileException {
        return Lessons.all().stream().filter(which)
                .map(l -> DynamicTest.dynamicTest(l.id(), () -> assertPasses(l))).toList();
    }

    static void assertPasses(Lesson lesson) throws Exception {
        long start = System.nanoTime();
        LessonOutcome outcome = LessonRunner.run(lesson, RunContext.headless().withCache(CACHE));
        List<CheckOutcome> results = LessonRunner.check(outcome);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // The measured figures go to the test log: they are what the README and reports quote.
        System.out.println("lesson " + lesson.id() + " (" + millis + " ms)");
        results.forEach(r -> System.out.println("  " + r));
        assertThat(results).as(lesson.id()).allSatisfy(r -> assertThat(r.passed()).as(r.toString()).isTrue());
    }
}
