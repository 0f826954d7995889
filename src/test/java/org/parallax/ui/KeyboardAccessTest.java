package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.ReuseSpan;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Actions a mouse user has, done from the keyboard: moving between panes, the shared passages of
 * the reuse heat map (shown side by side), including and correcting a source.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardAccessTest {
    static {
        System.setProperty("headless.geometry", "1440x900-32");
    }

    @TempDir
    static Path home;

    private final SyntheticStory backend = new SyntheticStory();
    private final AnalysisResult story = SyntheticStory.story();
    private MainWindow window;

    /** Nothing may write into the temporary home once the test is over (a late autosave would). */
    @Stop
    void stop() {
        window.dispose();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage, backend, home, Path.of(SyntheticStory.DIR));
    }

    private void awaitAnalysis() throws TimeoutException {
        TestWindows.awaitAnalysis(window, 20);
    }

    private boolean focusIn(Node pane) {
        for (Node n = window.scene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == pane) {
                return true;
            }
        }
        return false;
    }

    @Test
    void f6MovesTheFocusFromPaneToPaneAndShiftF6Back(FxRobot robot) throws TimeoutException {
        awaitAnalysis();
        Node sources = robot.lookup("#sources").query();
        Node tabs = robot.lookup("#tabs").query();
        robot.push(KeyCode.F6);
        assertTrue(focusIn(sources), "first the sources");
        robot.push(KeyCode.F6);
        assertTrue(focusIn(window.columns()), "then the article columns");
        robot.push(KeyCode.F6);
        assertTrue(focusIn(window.inspector()), "then the inspector");
        robot.push(KeyCode.F6);
        assertTrue(focusIn(tabs), "then the tabs below");
        robot.push(KeyCode.F6);
        assertTrue(focusIn(sources), "and round again");
        robot.push(KeyCode.SHIFT, KeyCode.F6);
        assertTrue(focusIn(tabs), "Shift+F6 goes back");
    }

    private GridPane openPassagesWindow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#reuse-passages").queryAs(GridPane.class);
    }

    private void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != window.scene().getWindow()).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aReuseCellShowsTheSharedPassagesSideBySideByClickAndByKeyboard(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis();
        robot.clickOn("Reuse");
        robot.clickOn("#reuse-a3-a1");
        GridPane pairs = openPassagesWindow(robot);
        assertNotNull(pairs, "a click on a cell shows the passages");
        Article post = story.articles().get(2);
        Article gazette = story.articles().get(0);
        ReuseSpan span = story.reuse().get(0).spans().get(0);
        List<TextArea> passages = pairs.getChildren().stream().filter(TextArea.class::isInstance).map(TextArea.class::cast).toList();
        assertEquals(2, passages.size(), "one pair of passages");
        assertEquals(post.text().substring(span.aStart(), span.aEnd()).strip(), passages.get(0).getText());
        assertEquals(gazette.text().substring(span.bStart(), span.bEnd()).strip(), passages.get(1).getText());
        Bounds left = passages.get(0).localToScene(passages.get(0).getLayoutBounds());
        Bounds right = passages.get(1).localToScene(passages.get(1).getLayoutBounds());
        assertTrue(left.getMaxX() <= right.getMinX() && Math.abs(left.getMinY() - right.getMinY()) < 1,
                "the two wordings stand side by side on one row");
        WindowSnapshots.writeScene(robot, pairs.getScene(), "reuse-passages.png");
        closeDialogs(robot);
        assertTrue(robot.lookup("#reuse-passages").tryQuery().isEmpty());

        Node cell = robot.lookup("#reuse-a3-a1").query();
        assertTrue(cell.isFocusTraversable(), "Tab reaches the cell");
        robot.interact(cell::requestFocus);
        robot.push(KeyCode.ENTER);
        assertNotNull(openPassagesWindow(robot), "Enter on a cell shows the passages");
        closeDialogs(robot);
    }

    @Test
    void spaceExcludesTheSelectedSourceAndF2CorrectsItsOutlet(FxRobot robot) throws TimeoutException {
        awaitAnalysis();
        @SuppressWarnings("unchecked")
        TableView<Object> sources = robot.lookup("#sources").queryAs(TableView.class);
        robot.interact(() -> {
            sources.requestFocus();
            sources.getSelectionModel().select(3);
        });
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.model().sources().get(3).included(), "Space excluded the fourth source");
        assertEquals(3, window.columns().columns().size());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().sources().get(3).included(), "and Ctrl+Z put it back");

        int runs = backend.analyses.get();
        robot.interact(() -> {
            sources.requestFocus();
            sources.getSelectionModel().select(1);
        });
        robot.push(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(sources.getEditingCell(), "F2 opens the outlet for editing");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Lakeside Evening Herald").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backend.analyses.get() > runs && !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lakeside Evening Herald", window.model().view().article("a2").outlet());
    }
}
