package org.layerlab.uitests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.boundary.DecisionBoundaryView;
import org.layerlab.app.boundary.SurfaceColors;
import org.layerlab.app.charts.MetricHistory;
import org.layerlab.app.layereffect.LayerEffectView;
import org.layerlab.app.training.MetricsTable;
import org.layerlab.app.training.TrainingViewModel.Phase;
import org.layerlab.app.views.LiveScrollPane;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.LayerEffect;
import org.layerlab.engine.train.TrainingRun;
import org.testfx.util.WaitForAsyncUtils;

/** The live views on the real studio: trained on moons, each shows what the run really did. */
class LiveViewsTest extends StudioTestBase {

    private final GraphBuilding build = new GraphBuilding(this);

    @TempDir
    Path dir;

    private void openSample(String name) {
        dialogs.files.add(sampleData().resolve("projects/" + name));
        clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setEpochs(int epochs) {
        clickOn("#trainingTab");
        build.type("#training-epochs", Integer.toString(epochs));
        assertThat(onFx(() -> studio.document().trainingProperty().get().epochs())).isEqualTo(epochs);
        build.clickCanvasBackground();
    }

    private void trainToTheEnd() throws Exception {
        clickOn("#trainButton");
        waitUntil(240, () -> studio.training().phaseProperty().get() == Phase.FINISHED);
    }

    private TrainingRun run() {
        return onFx(() -> studio.training().runProperty().get());
    }

    @Test
    void theHistogramPanelsScrollWithoutACachedBitmapOfTheirViewport() throws Exception {
        onFx(() -> studio.window().liveViews().showTab("histogramsTab"));
        waitUntil(10, () -> studio.window().liveViews().views().histograms().isVisible()
                && !studio.window().liveViews().views().histograms().lookupAll(".scroll-pane").isEmpty());

        List<String> scrolls = onFx(() -> {
            List<String> found = new ArrayList<>();
            for (Node n : studio.window().liveViews().views().histograms().lookupAll(".scroll-pane")) {
                found.add(n instanceof LiveScrollPane live && live.isViewportUncached() ? "uncached" : n.toString());
            }
            return found;
        });
        assertThat(scrolls).as("the Activations and Weights scroll panes").containsExactly("uncached", "uncached");

        // What it works around: JavaFX's own scroll pane (the Dataset tab's) keeps its viewport as a bitmap.
        Boolean plainCached = onFx(() -> {
            ScrollPane plain = (ScrollPane) studio.window().getScene().lookup("#datasetPane");
            plain.applyCss();
            return plain.getChildrenUnmodifiable().stream()
                    .filter(c -> c.getStyleClass().contains("viewport")).findFirst().map(Node::isCache).orElse(null);
        });
        assertThat(plainCached).isTrue();
    }

    @Test
    void thirtyMoonsEpochsGiveThirtyPointsPerSeriesAndABoundaryThatAgreesWithTheModel() throws Exception {
        openSample("moons.json");
        setEpochs(30);
        trainToTheEnd();

        MetricHistory history = studio.liveViews().loss().history();
        DecisionBoundaryView boundary = studio.liveViews().boundary();
        waitUntil(20, () -> history.count() == 30 && boundary.model().surface() != null
                && boundary.model().surface().epoch() == 30);
        onFx(() -> {
            assertThat(history.epochs()).startsWith(1, 2, 3).contains(30);
            for (double[] series : List.of(history.trainLoss(), history.validationLoss(), history.trainAccuracy(),
                    history.validationAccuracy())) {
                assertThat(java.util.Arrays.stream(series, 0, history.count()).filter(Double::isFinite).count())
                        .isEqualTo(30);
            }
        });
        for (int frame = 0; frame < 10; frame++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(onFx(history::count)).as("no epoch counted twice").isEqualTo(30);
        assertThat(onFx(() -> studio.liveViews().histograms().model().layers())).hasSize(3);
        assertThat(onFx(() -> studio.liveViews().gradients().history().count())).isPositive();

        boundaryColoursAgreeWithTheModel(boundary, run());

        assertThat(onFx(() -> studio.liveViews().summary().summary().totalParameters())).isEqualTo(354);
        clickOn("#summaryTab");
        assertThat(onFx(() -> lookup("#summaryView .summary-cell").<Label>queryAll()))
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("Total params: 354\n"));
    }

    /** Pixels well inside the confident regions, away from the drawn points, have the class the model predicts. */
    private void boundaryColoursAgreeWithTheModel(DecisionBoundaryView view, TrainingRun run) {
        clickOn("#boundaryTab");
        WritableImage image = onFx(() -> {
            view.repaintForExport();
            return view.pngNode().snapshot(null, null);
        });
        DecisionSurface surface = onFx(() -> view.model().surface());
        List<Point2D> drawnPoints = onFx(() -> {
            List<Point2D> out = new ArrayList<>();
            for (double[] p : view.model().trainXy()) {
                out.add(view.pixelOf(p[0], p[1]));
            }
            return out;
        });
        PixelReader pixels = image.getPixelReader();
        int[] counted = new int[2];
        List<float[]> samples = new ArrayList<>();
        List<Integer> colourClasses = new ArrayList<>();
        for (int r = 2; r < surface.rows() - 2; r += 6) {
            for (int c = 2; c < surface.cols() - 2; c += 6) {
                double x = surface.xAt(c);
                double y = surface.yAt(r);
                Point2D at = onFx(() -> view.pixelOf(x, y));
                int colour = colourClass(pixels, (int) at.getX(), (int) at.getY());
                if (colour >= 0) {
                    counted[colour]++;
                }
                double p1 = surface.probability(r, c, 1);
                boolean confident = p1 > 0.9 || p1 < 0.1;
                boolean clear = drawnPoints.stream().allMatch(p -> p.distance(at) > 14);
                if (confident && clear && colour >= 0 && samples.size() < 40) {
                    samples.add(new float[] {(float) x, (float) y});
                    colourClasses.add(colour);
                }
            }
        }
        assertThat(counted[0]).as("cells painted in class 0's colour").isGreaterThan(20);
        assertThat(counted[1]).as("cells painted in class 1's colour").isGreaterThan(20);
        assertThat(samples).as("confident cells away from the points").hasSizeGreaterThanOrEqualTo(6);
        assertThat(colourClasses).contains(0, 1);
        double[][] predicted = run.predict(samples.toArray(new float[0][]));
        for (int i = 0; i < samples.size(); i++) {
            int modelClass = predicted[i][1] > predicted[i][0] ? 1 : 0;
            assertThat(colourClasses.get(i)).as("colour at (%s, %s)", samples.get(i)[0], samples.get(i)[1])
                    .isEqualTo(modelClass);
        }
    }

    /**
     * The class whose colour the 5x5 pixels around (x, y) mostly have: each pixel goes to the nearer of
     * the two confident class colours, or to neither when it is far from both (white, a grid line).
     */
    private static int colourClass(PixelReader pixels, int x, int y) {
        int[] refs = {SurfaceColors.binary(0.0, false), SurfaceColors.binary(1.0, false)};
        int[] votes = new int[2];
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int argb = pixels.getArgb(x + dx, y + dy);
                double d0 = distance(argb, refs[0]);
                double d1 = distance(argb, refs[1]);
                if (Math.min(d0, d1) < 60) {
                    votes[d0 < d1 ? 0 : 1]++;
                }
            }
        }
        return votes[0] >= 18 ? 0 : votes[1] >= 18 ? 1 : -1;
    }

    private static double distance(int a, int b) {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    @Test
    void dropoutsAfterMatrixIsBeforeTimesMaskAndAtInferenceAfterEqualsBefore() throws Exception {
        openSample("moons.json");
        onFx(() -> studio.editor().apply("Insert dropout", g -> g.disconnect("dense_1", "dense_2")
                .withNode(new org.layerlab.engine.graph.Node("dropout_1", new DropoutSpec(0.5), 400, 320))
                .connect("dense_1", "dropout_1").connect("dropout_1", "dense_2")));
        setEpochs(3);
        clickOn("#layerEffectTab");
        LayerEffectView view = studio.liveViews().layerEffect();
        assertThat(onFx(view::chosen)).isEqualTo("dropout_1");
        trainToTheEnd();

        waitUntil(20, () -> view.model().hasEffect() && view.model().effect().training());
        LayerEffect effect = onFx(() -> view.model().effect());
        assertThat(effect.kind()).isEqualTo(LayerKind.DROPOUT);
        int zeros = 0;
        for (int r = 0; r < effect.before().length; r++) {
            for (int c = 0; c < effect.before()[r].length; c++) {
                double mask = effect.mask()[r][c];
                assertThat(mask).as("mask cell %d,%d: 0 or 1/(1 - 0.5)", r, c).isIn(0.0, 2.0);
                zeros += mask == 0 ? 1 : 0;
                assertThat(effect.after()[r][c]).as("after = before x mask at %d,%d", r, c)
                        .isCloseTo(effect.before()[r][c] * mask, within(1e-5 * Math.max(1, Math.abs(effect.after()[r][c]))));
            }
        }
        int cells = effect.before().length * effect.before()[0].length;
        assertThat(zeros).as("about half of %d cells dropped", cells).isBetween(cells / 5, cells * 4 / 5);

        clickOn(onFx(() -> lookup("#layerEffectView .button")
                .match(n -> n instanceof Button b && "Refresh".equals(b.getText())).<Node>query()));
        waitUntil(20, () -> view.model().hasEffect() && !view.model().effect().training());
        LayerEffect inference = onFx(() -> view.model().effect());
        for (int r = 0; r < inference.before().length; r++) {
            assertThat(inference.after()[r]).as("at inference, row %d passes unchanged", r)
                    .containsExactly(inference.before()[r], within(1e-6));
        }
        assertThat(onFx(() -> lookup("#layerEffectView .view-warning").<Label>queryAll()))
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("At inference the layer is inactive"));
    }

    @Test
    void hiddenViewsKeepTheirRowsAndLabelsAndCatchUpWhenShown() throws Exception {
        openSample("moons.json");
        setEpochs(100_000);
        clickOn("#summaryTab");
        javafx.scene.control.TableView<?> table = node("#metricsTable");
        clickOn("#trainButton");
        waitUntil(90, () -> studio.training().metrics().size() >= 5);
        // Hidden while training: the table keeps its rows (no refill of its cells every frame).
        assertThat(onFx(() -> table.getItems().size())).isZero();

        clickOn("#metricsTab");
        int shown = onFx(() -> table.getItems().size());
        assertThat(shown).isGreaterThanOrEqualTo(5);
        // Rows of a fixed height (so catching up and scrolling to the newest measure no rows), tall
        // enough for their text at the table's font: the theme's own 2.8 em.
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableCell<?, ?> cell = onFx(() -> table.lookupAll(".table-cell").stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getText() != null && !c.getText().isEmpty()).findFirst().orElseThrow());
        double fixed = onFx(table::getFixedCellSize);
        double font = onFx(() -> cell.getFont().getSize());
        double textHeight = onFx(() -> {
            javafx.scene.text.Text text = new javafx.scene.text.Text(cell.getText());
            text.setFont(cell.getFont());
            return text.getLayoutBounds().getHeight() + cell.snappedTopInset() + cell.snappedBottomInset();
        });
        assertThat(fixed).as("fixed row height").isCloseTo(2.8 * font, org.assertj.core.data.Offset.offset(0.5));
        assertThat(fixed).as("row height against its text's").isGreaterThanOrEqualTo(textHeight);
        assertThat(onFx(cell::getHeight)).isCloseTo(fixed, org.assertj.core.data.Offset.offset(0.5));
        // In front: the table follows the run (new rows at most 5 times a second).
        waitUntil(60, () -> table.getItems().size() >= shown + 5);
        assertThat(onFx(() -> studio.training().metrics().size() - table.getItems().size()))
                .as("rows behind the run").isLessThan(60);

        clickOn("#summaryTab");
        // Hidden, the histograms view takes the snapshots but leaves its labels alone.
        Label when = node("#histogramsWhen");
        String hiddenText = onFx(when::getText);
        int seen = onFx(() -> studio.liveViews().histograms().model().epoch());
        waitUntil(60, () -> studio.liveViews().histograms().model().epoch() >= seen + 3);
        assertThat(onFx(when::getText)).isEqualTo(hiddenText);
        clickOn("#histogramsTab");
        // Shown, it catches up on the live clock's next tick (the views change together, 5 times a second).
        waitUntil(2, () -> !hiddenText.equals(onFx(when::getText)));
        assertThat(onFx(when::getText)).startsWith("epoch ").isNotEqualTo(hiddenText);

        clickOn("#summaryTab");
        clickOn("#trainButton");
        waitUntil(20, () -> studio.training().phaseProperty().get() == Phase.PAUSED);
        WaitForAsyncUtils.waitForFxEvents();
        // Paused: the hidden table has every epoch too.
        assertThat(onFx(() -> table.getItems().size() == studio.training().metrics().size())).isTrue();
        clickOn("#stopButton");
    }

    @Test
    void metricsTableBuildsItsCellsWhileIdleAndTheRunFillsThem() throws Exception {
        MetricsTable table = node("#metricsTable");
        // Shortly after the window shows, with no run, the hidden table has built its rows' cells and
        // has no rows: nothing of the sample it laid them out with is left.
        waitUntil(10, () -> onFx(table::isPrepared));
        List<Node> prepared = onFx(() -> new ArrayList<>(table.lookupAll(".table-row-cell")));
        assertThat(prepared).as("row cells built while idle").hasSizeGreaterThanOrEqualTo(8);
        assertThat(onFx(() -> table.getItems().size())).isZero();
        // A table out of any window (its window closed within the delay) builds nothing: CSS there
        // cannot resolve the theme's colours and warned once per cell.
        assertThat(onFx(() -> {
            MetricsTable alone = new MetricsTable(studio.training());
            new Scene(alone);
            alone.prepareCells();
            return alone.isPrepared() || !alone.lookupAll(".table-row-cell").isEmpty();
        })).isFalse();

        openSample("moons.json");
        setEpochs(100_000);
        clickOn("#summaryTab");
        clickOn("#trainButton");
        waitUntil(90, () -> studio.training().metrics().size() >= 30);
        clickOn("#metricsTab");
        WaitForAsyncUtils.waitForFxEvents();
        // Its first showing fills the cells built beforehand with the run's epochs, up to the newest,
        // which shows whole at the bottom, as in a log. The run goes on (the table takes new rows 5 times
        // a second), so one FX task lays out the rows a tick may just have added (the next frame would)
        // and reads what is on screen, the newest row's index and the run's epochs together.
        Shown shown = onFx(() -> shownRows(table));
        assertThat(shown.rows()).as("rows on screen").hasSizeGreaterThanOrEqualTo(8);
        assertThat(shown.rows()).as("rows on screen, all built while idle").allMatch(prepared::contains);
        assertThat(shown.rows()).allMatch(r -> studio.training().metrics().contains(r.getItem()));
        assertThat(shown.newest().getIndex()).as("newest row on screen").isEqualTo(shown.last());
        assertThat(shown.newestBottom()).as("newest row's bottom, against the rows' viewport")
                .isCloseTo(shown.viewportHeight(), within(0.5));
        assertThat(onFx(table::isFollowingNewest)).isTrue();

        // The user drags the scroll bar back through the run: the table stays there while rows come in.
        drag(verticalThumb(table)).moveBy(0, -80).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Shown back = onFx(() -> shownRows(table));
        assertThat(back.newest().getIndex()).as("newest row on screen, scrolled back").isLessThan(back.last());
        waitUntil(30, () -> onFx(() -> table.getItems().size()) >= back.last() + 1 + 10);
        Shown later = onFx(() -> shownRows(table));
        assertThat(later.newest().getIndex()).as("newest row on screen, rows later").isEqualTo(back.newest().getIndex());
        assertThat(onFx(table::isFollowingNewest)).isFalse();
        // End (on a row the user clicked) goes back to the newest row and follows the run again.
        // Not a second drag of the thumb: while the table stays put, rows coming in move the thumb, and
        // a press that lands beside it pages instead of dragging.
        clickOn(later.newest());
        type(javafx.scene.input.KeyCode.END);
        assertThat(onFx(table::isFollowingNewest)).isTrue();
        int atEnd = onFx(() -> table.getItems().size());
        waitUntil(30, () -> onFx(() -> table.getItems().size()) > atEnd);
        Shown following = onFx(() -> shownRows(table));
        assertThat(following.newest().getIndex()).isEqualTo(following.last());
        assertThat(following.newestBottom()).isCloseTo(following.viewportHeight(), within(0.5));

        // Paused, the table has every epoch, the newest whole at the bottom.
        clickOn("#trainButton");
        waitUntil(20, () -> studio.training().phaseProperty().get() == Phase.PAUSED);
        WaitForAsyncUtils.waitForFxEvents();
        Shown paused = onFx(() -> shownRows(table));
        assertThat(paused.last()).isEqualTo(studio.training().metrics().size() - 1);
        assertThat(paused.newest().getIndex()).isEqualTo(paused.last());
        assertThat(paused.newestBottom()).isCloseTo(paused.viewportHeight(), within(0.5));
        clickOn("#stopButton");
    }

    private Node verticalThumb(MetricsTable table) {
        return onFx(() -> scrollBar(table, Orientation.VERTICAL).orElseThrow().lookup(".thumb"));
    }

    /** The parent's visible scroll bar of that orientation, if any. */
    private static Optional<ScrollBar> scrollBar(Node parent, Orientation orientation) {
        return parent.lookupAll(".scroll-bar").stream()
                .filter(n -> n.isVisible() && n instanceof ScrollBar bar && bar.getOrientation() == orientation)
                .map(ScrollBar.class::cast).findFirst();
    }

    /** The Metrics table's rows on screen after a layout, its newest row and where that row ends. */
    private record Shown(List<TableRow<?>> rows, TableRow<?> newest, int last, double newestBottom,
                         double viewportHeight) {
    }

    private static Shown shownRows(MetricsTable table) {
        table.layout();
        Node flow = table.lookup(".virtual-flow");
        Bounds viewport = flow.localToScene(flow.getLayoutBounds());
        List<TableRow<?>> rows = table.lookupAll(".table-row-cell").stream()
                .<TableRow<?>>map(n -> (TableRow<?>) n)
                .filter(r -> r.isVisible() && r.getItem() != null)
                .filter(r -> {
                    Bounds b = r.localToScene(r.getLayoutBounds());
                    return b.getMaxY() > viewport.getMinY() && b.getMinY() < viewport.getMaxY();
                })
                .toList();
        TableRow<?> newest = rows.stream().max(Comparator.comparingInt(TableRow::getIndex)).orElseThrow();
        Bounds hbar = scrollBar(flow, Orientation.HORIZONTAL).map(n -> n.localToScene(n.getLayoutBounds())).orElse(null);
        double viewportBottom = hbar == null ? viewport.getMaxY() : hbar.getMinY();
        return new Shown(rows, newest, table.getItems().size() - 1,
                newest.localToScene(newest.getLayoutBounds()).getMaxY() - viewport.getMinY(),
                viewportBottom - viewport.getMinY());
    }

    @Test
    void theSevenViewTabsFitA1280WindowBesideTheSidePanels() throws Exception {
        // At 1280x800, the projector's usual size, every view's tab title shows whole, whichever tab is
        // in front: no tab scrolled out of the header, no overflow menu needed.
        for (String tab : List.of("#metricsTab", "#boundaryTab")) {
            clickOn(tab);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> clipped = onFx(() -> {
                Node area = lookup(".live-views > .tab-pane > .tab-header-area").query();
                Node menu = area.lookup(".control-buttons-tab");
                Bounds shown = area.localToScene(area.getLayoutBounds());
                double right = menu != null && menu.isVisible()
                        ? menu.localToScene(menu.getLayoutBounds()).getMinX() : shown.getMaxX();
                List<String> out = new ArrayList<>();
                for (Node header : area.lookupAll(".tab")) {
                    Bounds b = header.localToScene(header.getLayoutBounds());
                    if (b.getMinX() < shown.getMinX() - 0.5 || b.getMaxX() > right + 0.5) {
                        out.add(((Label) header.lookup(".tab-label")).getText() + " " + b.getMinX() + ".." + b.getMaxX()
                                + " outside " + shown.getMinX() + ".." + right);
                    }
                }
                return out;
            });
            assertThat(clipped).as("tab titles cut off with " + tab + " in front").isEmpty();
        }
    }

    @Test
    void mnistShowsItsParameterCountAndSaysWhyThereIsNoBoundary() throws Exception {
        openSample("mnist-mlp.json");
        waitUntil(60, () -> !studio.liveFeed().absentReasonProperty().get().isEmpty());

        assertThat(onFx(() -> studio.liveViews().summary().summary().totalParameters())).isEqualTo(567_434L);
        clickOn("#boundaryTab");
        Label why = node("#boundaryAbsent");
        assertThat(onFx(() -> why.getParent().isVisible())).isTrue();
        assertThat(why.getText()).startsWith("MNIST has 784 features per example: a decision boundary needs exactly 2");
        assertThat(onFx(() -> studio.liveViews().boundary().isVisible())).isFalse();
        clickOn("#summaryTab");
        assertThat(onFx(() -> lookup("#summaryView .summary-cell").<Label>queryAll()))
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("Total params: 567,434\n"));
    }

    @Test
    void savingAViewWritesItsPictureAndItsDataWithTheHeader() throws Exception {
        openSample("moons.json");
        setEpochs(3);
        trainToTheEnd();
        waitUntil(20, () -> studio.liveViews().loss().history().count() == 3);
        clickOn("#lossTab");

        Path png = dir.resolve("loss.png");
        dialogs.files.add(png);
        clickOn(onFx(() -> lookup("#lossView .export-button").<MenuButton>query())).clickOn("Save as PNG…");
        WaitForAsyncUtils.waitForFxEvents();
        Path csv = dir.resolve("loss.csv");
        dialogs.files.add(csv);
        clickOn(onFx(() -> lookup("#lossView .export-button").<MenuButton>query())).clickOn("Save data as CSV…");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.suggestedNames).containsExactly("loss-accuracy.png", "loss-accuracy.csv");
        byte[] picture = Files.readAllBytes(png);
        assertThat(picture.length).isGreaterThan(2000);
        assertThat(java.util.Arrays.copyOf(picture, 8)).as("PNG signature")
                .containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("epoch,train_loss,validation_loss,train_accuracy,validation_accuracy,"
                + "learning_rate");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith("3,");
    }

    @Test
    void presenterLayoutHidesThePanelsAndPutsBoundaryAndLossSideBySide() throws Exception {
        openSample("moons.json");
        assertThat(onFx(() -> studio.window().liveViews().isSideBySide())).isFalse();
        assertThat(onFx(() -> lookup("#palettePane").tryQuery())).isPresent();

        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.P)
                .release(javafx.scene.input.KeyCode.P, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> studio.window().presenterProperty().get())).isTrue();
        assertThat(onFx(() -> studio.scene().lookup("#palettePane"))).isNull();
        assertThat(onFx(() -> studio.scene().lookup("#inspectorPane"))).isNull();
        assertThat(onFx(() -> studio.window().liveViews().isSideBySide())).isTrue();
        assertThat(onFx(() -> studio.window().liveViews().getWidth())).isGreaterThan(1200);
        assertThat(this.<javafx.scene.control.TabPane>node("#liveViewTabs").getSelectionModel().getSelectedItem()
                .getText()).isEqualTo("Decision boundary & loss");

        type(javafx.scene.input.KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> studio.window().presenterProperty().get())).isFalse();
        assertThat(onFx(() -> studio.scene().lookup("#palettePane"))).isNotNull();
        assertThat(onFx(() -> studio.window().liveViews().isSideBySide())).isFalse();
    }
}
