package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnalysisResult;
import org.parallax.model.DateAnomaly;
import org.parallax.model.ProgressListener;
import org.parallax.model.StoryFindings;
import org.parallax.ui.project.ProjectSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The story's summary stays whole beside both story warnings, at the default size and zoomed in;
 * so do the claims matrix's column headers.
 */
@ExtendWith(ApplicationExtension.class)
class FindingsBarTest {
    static {
        System.setProperty("headless.geometry", "1440x900-32");
    }

    @TempDir
    static Path home;

    private MainWindow window;

    /** The made-up story with an off-topic source and a misdated one, as the engine reports them. */
    private static final class BothWarnings implements AnalysisBackend {
        private final SyntheticStory story = new SyntheticStory();

        @Override
        public List<Path> articleFiles(List<Path> inputs) {
            return story.articleFiles(inputs);
        }

        @Override
        public AnalysisResult analyze(List<ProjectSource> sources, ProgressListener progress, Consumer<AnalysisResult> textsRead) {
            AnalysisResult r = story.analyze(sources, progress, textsRead);
            StoryFindings findings = new StoryFindings(r.story().offTopic(),
                    List.of(new DateAnomaly("a2", "Dated a year before the events it reports.")));
            return new AnalysisResult(r.schema(), r.generator(), r.articles(), r.claims(), r.entities(), r.clusters(),
                    r.framing(), r.reuse(), findings, r.problems());
        }
    }

    /** Nothing may write into the temporary home once the test is over (a late autosave would). */
    @Stop
    void stop() {
        window.dispose();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage, new BothWarnings(), home, Path.of(SyntheticStory.DIR));
    }

    private void awaitAnalysis() throws TimeoutException {
        TestWindows.awaitAnalysis(window, 20);
    }

    /** The text a labelled control actually draws: its own text unless it was cut with an ellipsis. */
    private static String drawn(Labeled l) {
        return ((Text) l.lookup(".text")).getText();
    }

    private void assertAllShown(FxRobot robot, String when) {
        Label summary = robot.lookup("#summary").queryAs(Label.class);
        assertEquals(summary.getText(), drawn(summary).replace("\n", " ").replaceAll(" {2,}", " "),
                "the summary is drawn whole " + when);
        double width = window.scene().getWidth();
        List<Node> shown = List.of(summary, robot.lookup("#off-topic").query(), robot.lookup("#date-conflict").query(),
                robot.lookup("#next-difference").query());
        for (Node n : shown) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width + 0.5, n.getId() + " lies inside the window " + when);
            if (n instanceof Labeled l) {
                assertEquals(l.getText(), drawn(l).replace("\n", " ").replaceAll(" {2,}", " "), n.getId() + " is drawn whole " + when);
            }
        }
        Bounds summaryBox = summary.localToScene(summary.getLayoutBounds());
        Bounds warning = robot.lookup("#date-conflict").query().localToScene(robot.lookup("#date-conflict").query().getLayoutBounds());
        assertTrue(warning.getMinX() >= summaryBox.getMaxX() || warning.getMinY() >= summaryBox.getMaxY() - 1,
                "the warnings stand beside or below the summary, not over it " + when);
    }

    @Test
    void theSummaryAndBothWarningsShowWholeAtTheDefaultSizeAndZoomedIn(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis();
        Label summary = robot.lookup("#summary").queryAs(Label.class);
        assertTrue(summary.getText().contains("off-topic"), summary.getText());
        assertAllShown(robot, "at the default size");
        WindowSnapshots.write(robot, window, "findings-bar.png");
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertAllShown(robot, "zoomed in four steps");
        WindowSnapshots.write(robot, window, "findings-bar-zoomed.png");
    }

    @Test
    void theStepButtonsKeepTheirLabels(FxRobot robot) throws TimeoutException {
        awaitAnalysis();
        Button next = robot.lookup("#next-difference").queryAs(Button.class);
        assertEquals(next.getText(), drawn(next));
    }

    @Test
    void theToolbarKeepsItsLabelsWholeZoomedIn(FxRobot robot) throws TimeoutException {
        awaitAnalysis();
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ToolBar bar = robot.lookup(".tool-bar").queryAs(javafx.scene.control.ToolBar.class);
        // Items the toolbar moved to its overflow menu are out of the scene until the menu opens.
        List<Labeled> labels = bar.getItems().stream()
                .flatMap(n -> n instanceof javafx.scene.Parent p && !(n instanceof Labeled) ? p.getChildrenUnmodifiable().stream() : java.util.stream.Stream.of(n))
                .filter(Labeled.class::isInstance).map(Labeled.class::cast)
                .filter(l -> l.getScene() != null && l.lookup(".text") != null).toList();
        assertTrue(labels.stream().anyMatch(l -> l.getText().endsWith("Contradict")), "the filter toggles are on the toolbar");
        for (Labeled l : labels) {
            assertEquals(l.getText(), drawn(l), "a toolbar label is drawn whole at 157%; what does not fit goes to the overflow menu");
        }
    }

    @Test
    void everySourcesDateAndClaimCountAreDrawnWholeAtTheDefaultSizeAndZoomedIn(FxRobot robot) throws TimeoutException {
        awaitAnalysis();
        atTheDefaultSizeThenZoomedIn(robot, zoomSteps -> {
            List<Labeled> dates = robot.lookup("#sources .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                    .map(Labeled.class::cast)
                    .filter(c -> c.getText() != null && c.getText().matches("\\d{4}-\\d\\d-\\d\\d") && c.lookup(".text") != null).toList();
            assertEquals(4, dates.size(), "the four sources' dates are shown");
            for (Labeled d : dates) {
                assertEquals(d.getText(), drawn(d), "a date drawn whole after " + zoomSteps + " zoom steps");
            }
            List<Labeled> counts = robot.lookup("#sources .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                    .filter(c -> "#".equals(c.getTableColumn().getText())).map(Labeled.class::cast)
                    .filter(c -> c.getText() != null && !c.getText().isBlank() && c.lookup(".text") != null).toList();
            assertEquals(4, counts.size(), "the four sources' claim counts are shown");
            for (Labeled c : counts) {
                assertEquals(c.getText(), drawn(c), "a claim count drawn whole after " + zoomSteps + " zoom steps");
            }
        });
    }

    @Test
    void theWireCopyChoicesAndButtonsAreDrawnWholeAtTheDefaultSizeAndZoomedIn(FxRobot robot) throws TimeoutException {
        awaitAnalysis();
        robot.clickOn("Wire copy");
        atTheDefaultSizeThenZoomedIn(robot, zoomSteps -> {
            Node tab = robot.lookup("#wire-copy").query();
            List<Labeled> labels = java.util.stream.Stream.concat(tab.lookupAll(".label").stream(), tab.lookupAll(".button").stream())
                    .filter(Labeled.class::isInstance).map(Labeled.class::cast)
                    .filter(l -> l.getText() != null && l.getText().matches("Original|Rewrite|⇄ Swap|Export (HTML|CSV)…")
                            && l.lookup(".text") != null && l.getParent() instanceof javafx.scene.layout.HBox).toList();
            assertEquals(5, labels.size(), "the pick row's labels and buttons: " + labels.stream().map(Labeled::getText).toList());
            for (Labeled l : labels) {
                assertEquals(l.getText(), drawn(l), "drawn whole after " + zoomSteps + " zoom steps");
            }
        });
    }

    /** Runs {@code check} at the default size, then after four zoom steps (157%), given the steps taken. */
    private static void atTheDefaultSizeThenZoomedIn(FxRobot robot, java.util.function.IntConsumer check) {
        for (int zoomSteps = 0; zoomSteps <= 4; zoomSteps += 4) {
            for (int i = 0; i < zoomSteps; i++) {
                robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
            }
            WaitForAsyncUtils.waitForFxEvents();
            check.accept(zoomSteps);
        }
    }

    @Test
    void theMatrixHeadersStayWholeAtTheDefaultSizeAndZoomedIn(FxRobot robot) throws TimeoutException {
        awaitAnalysis();
        atTheDefaultSizeThenZoomedIn(robot, zoomSteps -> {
            javafx.scene.control.TableView<?> matrix = robot.lookup("#matrix").queryAs(javafx.scene.control.TableView.class);
            List<Labeled> headers = matrix.lookupAll(".column-header .label").stream()
                    .filter(Labeled.class::isInstance).map(Labeled.class::cast)
                    .filter(l -> l.getText() != null && !l.getText().isEmpty()).toList();
            assertTrue(headers.stream().anyMatch(l -> l.getText().equals("Sources")), "the Sources header is there");
            double columnsWidth = matrix.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            assertTrue(columnsWidth <= matrix.getWidth(), "every source's column fits beside the facts after "
                    + zoomSteps + " zoom steps: " + columnsWidth + " in " + matrix.getWidth());
            for (Labeled l : headers) {
                assertEquals(l.getText(), drawn(l), "matrix header drawn whole after " + zoomSteps + " zoom steps; widths " + matrix.getColumns().stream().map(c -> (int) c.getWidth() + "/" + (int) c.getMinWidth()).toList() + " in " + matrix.getWidth());
            }
        });
    }
}
