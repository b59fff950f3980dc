package org.layerlab.app.explorers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AugmentationViewModelTest {

    private static AugmentationViewModel loaded() {
        AugmentationViewModel m = new AugmentationViewModel(Runnable::run, Runnable::run);
        m.load();
        return m;
    }

    @Test
    void previewGivesSixteenDigitsOf784PixelsThatDifferFromTheOriginalWhenRotated() {
        AugmentationViewModel m = loaded();
        m.shiftProperty().set(0);
        m.zoomProperty().set(0);
        m.rotationProperty().set(30);
        assertThat(m.errorProperty().get()).isEmpty();
        assertThat(m.digitCountProperty().get()).isEqualTo(8000);
        float[] original = m.originalProperty().get();
        assertThat(original).hasSize(784);
        List<float[]> previews = m.previewsProperty().get();
        assertThat(previews).hasSize(AugmentationViewModel.GRID).allSatisfy(p -> assertThat(p).hasSize(784));
        assertThat(previews).allSatisfy(p -> assertThat(Arrays.equals(p, original)).isFalse());
    }

    @Test
    void withEveryBoundAtZeroThePreviewIsTheOriginal() {
        AugmentationViewModel m = loaded();
        m.rotationProperty().set(0);
        m.shiftProperty().set(0);
        m.zoomProperty().set(0);
        m.noiseProperty().set(0);
        m.indexProperty().set(7);
        float[] original = m.originalProperty().get();
        assertThat(m.previewsProperty().get()).allSatisfy(p -> {
            for (int i = 0; i < p.length; i++) {
                assertThat(p[i]).isCloseTo(original[i], org.assertj.core.api.Assertions.within(1e-3f));
            }
        });
    }

    @Test
    void anIndexOrBoundOutOfRangeIsRefusedNamingIt() {
        AugmentationViewModel m = loaded();
        m.indexProperty().set(8000);
        assertThat(m.errorProperty().get()).contains("0..7999").contains("8000");
        m.indexProperty().set(3);
        m.rotationProperty().set(400);
        assertThat(m.errorProperty().get()).contains("rotation").contains("400");
    }

    @Test
    void theDigitIsPaintedScaledUpInGreyLevels() {
        float[] pixels = new float[784];
        pixels[0] = 255;
        var image = DigitImage.render(pixels, 4);
        assertThat(image.getWidth()).isEqualTo(112);
        assertThat(image.getPixelReader().getArgb(3, 3)).isEqualTo(0xFFFFFFFF);
        assertThat(image.getPixelReader().getArgb(4, 4)).isEqualTo(0xFF000000);
    }
}
