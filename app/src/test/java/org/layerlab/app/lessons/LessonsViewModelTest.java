package org.layerlab.app.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.engine.teach.lesson.CheckOutcome;

class LessonsViewModelTest {

    @Test
    void loadsTheBundledLessonsAndTheXorCheckPasses() {
        LessonsViewModel m = new LessonsViewModel(Runnable::run, Runnable::run, FrameLoop.manual());
        m.load(null);
        assertThat(m.lessons()).hasSizeGreaterThan(10);
        assertThat(m.selectedProperty().get().id()).isEqualTo("xor-hidden-layer");
        m.runCheck();
        assertThat(m.checks()).isNotEmpty().allSatisfy(c -> assertThat(c.passed()).as(c.toString()).isTrue());
        assertThat(m.verdictProperty().get()).startsWith("All " + m.checks().size());
        assertThat(m.checks()).extracting(CheckOutcome::measured).allSatisfy(s -> assertThat(s).isNotBlank());
    }
}
