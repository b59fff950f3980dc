package org.layerlab.app.explorers;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.value.ChangeListener;
import org.layerlab.engine.data.Augmentation;
import org.layerlab.engine.data.Dataset;
import org.layerlab.engine.data.MnistAugmenter;
import org.layerlab.engine.data.MnistIdx;
import org.layerlab.engine.data.SampleData;

/**
 * The Augmentation explorer's state: one MNIST training digit, the augmentation bounds (flip,
 * rotation, shift, zoom, noise) and a grid of randomly augmented versions of it, recomputed whenever
 * a setting changes. The digits load once, off the FX thread.
 */
public final class AugmentationViewModel {

    /** Augmented versions in the preview grid (4 x 4). */
    public static final int GRID = 16;

    private final Executor background;
    private final Executor fx;
    private final Callable<Dataset> source;
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", 0);
    private final BooleanProperty flip = new SimpleBooleanProperty(this, "flip", false);
    private final DoubleProperty rotation = new SimpleDoubleProperty(this, "rotation", 15);
    private final DoubleProperty shift = new SimpleDoubleProperty(this, "shift", 2);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 0.1);
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final ReadOnlyIntegerWrapper digitCount = new ReadOnlyIntegerWrapper(this, "digitCount", 0);
    private final ReadOnlyObjectWrapper<float[]> original = new ReadOnlyObjectWrapper<>(this, "original");
    private final ReadOnlyObjectWrapper<List<float[]>> previews = new ReadOnlyObjectWrapper<>(this, "previews",
            List.of());
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Dataset digits;
    private boolean loading;

    /** The bundled MNIST training digits ({@code sample-data/mnist}). */
    public AugmentationViewModel(Executor background, Executor fx) {
        this(background, fx, () -> MnistIdx.loadTrain(SampleData.mnist()));
    }

    /** Digits from {@code source}, which must give 28x28 images. */
    public AugmentationViewModel(Executor background, Executor fx, Callable<Dataset> source) {
        this.background = background;
        this.fx = fx;
        this.source = source;
        ChangeListener<Object> redraw = (o, was, now) -> refresh();
        index.addListener(redraw);
        flip.addListener(redraw);
        rotation.addListener(redraw);
        shift.addListener(redraw);
        zoom.addListener(redraw);
        noise.addListener(redraw);
        seed.addListener(redraw);
    }

    /** Loads the digits in the background (once), then shows the chosen one. */
    public void load() {
        if (digits != null || loading) {
            return;
        }
        loading = true;
        caption.set("Loading the MNIST digits…");
        background.execute(() -> {
            try {
                Dataset d = source.call();
                fx.execute(() -> {
                    loading = false;
                    if (d.featureCount() != MnistAugmenter.PIXELS) {
                        error.set("augmentation needs 28x28 digits (784 pixels), found " + d.featureCount());
                        return;
                    }
                    digits = d;
                    digitCount.set(d.size());
                    refresh();
                });
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                fx.execute(() -> {
                    loading = false;
                    caption.set("");
                    error.set("Could not load the MNIST digits: " + why);
                });
            }
        });
    }

    /** The settings as the engine's record (one copy per digit: only the bounds matter for a preview). */
    public Augmentation augmentation() {
        return new Augmentation(1, flip.get(), rotation.get(), shift.get(), zoom.get(), noise.get());
    }

    /** New random draws within the same bounds. */
    public void reshuffle() {
        seed.set(seed.get() + 1);
    }

    private void refresh() {
        if (digits == null) {
            return;
        }
        int i = index.get();
        if (i < 0 || i >= digits.size()) {
            error.set("digit index must be 0.." + (digits.size() - 1) + ", found " + i);
            return;
        }
        Augmentation a = augmentation();
        List<String> problems = a.problems();
        if (!problems.isEmpty()) {
            error.set(String.join("; ", problems));
            return;
        }
        float[] digit = digits.features()[i];
        error.set("");
        original.set(digit);
        previews.set(MnistAugmenter.preview(digit, a, GRID, seed.get()));
        caption.set("Training digit #" + i + " of " + digits.size() + " · label " + digits.classNames()
                .get(digits.labels()[i]));
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public BooleanProperty flipProperty() {
        return flip;
    }

    public DoubleProperty rotationProperty() {
        return rotation;
    }

    public DoubleProperty shiftProperty() {
        return shift;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public DoubleProperty noiseProperty() {
        return noise;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ReadOnlyIntegerProperty digitCountProperty() {
        return digitCount.getReadOnlyProperty();
    }

    /** The chosen digit's 784 pixels (0..255, row by row), or null before loading. */
    public ReadOnlyObjectProperty<float[]> originalProperty() {
        return original.getReadOnlyProperty();
    }

    /** {@link #GRID} augmented versions of the digit. */
    public ReadOnlyObjectProperty<List<float[]>> previewsProperty() {
        return previews.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
