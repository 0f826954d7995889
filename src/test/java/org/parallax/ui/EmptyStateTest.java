package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.project.ProjectFiles;
import org.parallax.ui.project.ProjectSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** A window opened on nothing: the empty state, adding articles, and the view options. */
@ExtendWith(ApplicationExtension.class)
class EmptyStateTest {
    static {
        System.setProperty("headless.geometry", "1440x900-32");
    }

    @TempDir
    static Path home;

    private final SyntheticStory backend = new SyntheticStory();
    private MainWindow window;

    /** Nothing may write into the temporary home once the test is over (a late autosave would). */
    @Stop
    void stop() {
        window.dispose();
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, backend, new ProjectFiles(home));
        window.show();
    }

    @Test
    void theEmptyWindowSaysHowToAddArticlesAndOffersTheSample(FxRobot robot) throws TimeoutException, IOException {
        assertFalse(robot.lookup("Drop articles here").tryQuery().isEmpty());
        Label help = robot.lookup(".empty-help").queryAs(Label.class);
        assertEquals(3, help.getText().split("\n").length, "three lines of help");
        WindowSnapshots.write(robot, window, "empty-state.png");

        System.setProperty("parallax.sample", home.toString());
        robot.clickOn("#try-sample");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().hasResult() && !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#empty-state").tryQuery().isEmpty());
        assertEquals(4, window.columns().columns().size());
    }

    @Test
    void theMarksAndCountsReplaceTheTextsWhenTheAnalysisEnds(FxRobot robot) throws TimeoutException {
        backend.hold = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> window.openPaths(java.util.List.of(Path.of(SyntheticStory.DIR))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.columns().columns().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of("…"), claimCounts(robot), "no claim counts before the analysis");
        assertTrue(robot.lookup(".column-count").queryAllAs(Label.class).stream().allMatch(l -> l.getText().equals("· reading…")));
        backend.hold.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        backend.hold = null;
        assertFalse(robot.lookup(".status-symbol").tryQuery().isEmpty(), "the marks are in the columns");
        assertTrue(robot.lookup("#summary").queryAs(Label.class).getText().contains("shared fact"));
        // The sources pane counts the analysis's claims (its cells are not left as they were for the texts).
        assertTrue(claimCounts(robot).stream().allMatch(c -> c.matches("[1-9][0-9]*.*")), claimCounts(robot).toString());
        assertTrue(robot.lookup(".column-count").queryAllAs(Label.class).stream().allMatch(l -> l.getText().endsWith(" claims")));
    }

    private static java.util.Set<String> claimCounts(FxRobot robot) {
        return robot.lookup("#sources .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> "#".equals(c.getTableColumn().getText()) && c.getText() != null && !c.getText().isBlank())
                .map(c -> c.getText()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theTextsShowAtOnceWhileALongAnalysisRunsAndItCanBeCancelled(FxRobot robot) throws TimeoutException {
        backend.slow = true;
        robot.interact(() -> window.openPaths(java.util.List.of(Path.of(SyntheticStory.DIR))));
        // The columns show the texts as read while the analysis goes on; marks come at its end.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.columns().columns().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.busy());
        assertEquals(4, window.model().sources().size(), "the sources pane lists what was read");
        assertTrue(robot.lookup(".status-symbol").tryQuery().isEmpty(), "no marks before the analysis ends");
        assertTrue(robot.lookup("#summary").queryAs(Label.class).getText().startsWith("4 sources read · finding"));
        assertTrue(robot.lookup("#cancel-analysis").queryButton().isVisible(), "progress and Cancel in the status bar");
        robot.clickOn("File"); // the window answers while the analysis runs
        robot.push(KeyCode.ESCAPE);
        robot.clickOn("#cancel-analysis");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.model().hasResult(), "a cancelled first analysis leaves no half story behind");
        assertTrue(window.model().sources().isEmpty());
        assertFalse(robot.lookup("#empty-state").tryQuery().isEmpty());
        assertEquals("Analysis cancelled", robot.lookup("#status").queryAs(Label.class).getText());
        backend.slow = false;
    }

    @Test
    void pastedTextAsksForOutletAndDate(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#paste-outlet").write("Hilltop Courier");
        robot.interact(() -> robot.lookup("#paste-date").queryAs(DatePicker.class).setValue(LocalDate.of(2031, 5, 5)));
        robot.clickOn("#paste-text").write("The council said the bridge would close on Tuesday.");
        robot.clickOn("Add");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().hasResult() && !window.busy());
        ProjectSource pasted = window.model().sources().get(0);
        assertEquals("Hilltop Courier", pasted.outlet());
        assertEquals(LocalDate.of(2031, 5, 5), pasted.published());
        assertEquals("The council said the bridge would close on Tuesday.", pasted.text());
    }

    @Test
    void addFromUrlFetchesOnlyThatAddressAndKeepsIt(FxRobot robot) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int[] requests = {0};
        server.createContext("/story", exchange -> {
            requests[0]++;
            byte[] body = UrlFetcherTest.PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
            robot.interact(() -> window.fetch(address));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().hasResult() && !window.busy());
            ProjectSource added = window.model().sources().get(0);
            assertEquals(address, added.url());
            assertTrue(Files.readString(Path.of(added.path())).contains("six weeks"));
            assertEquals(1, requests[0]);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void zoomChangesTheTextSizeAndActualSizeResetsIt(FxRobot robot) {
        String before = window.root().getStyle();
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.root().getStyle().contains("16.0px"), window.root().getStyle());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.root().getStyle());
    }

    @Test
    void theDarkThemeKeepsTheWorkspaceReadable(FxRobot robot) throws TimeoutException, IOException {
        robot.interact(() -> window.openPaths(java.util.List.of(Path.of(SyntheticStory.DIR))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().hasResult() && !window.busy());
        robot.interact(() -> window.setDark(true));
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.root().getStyleClass().contains("dark"));
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.CheckMenuItem darkItem = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "Dark Theme".equals(i.getText())).map(i -> (javafx.scene.control.CheckMenuItem) i)
                .findFirst().orElseThrow();
        assertTrue(darkItem.isSelected(), "the View menu's check mark follows the theme, however it was switched");
        WindowSnapshots.write(robot, window, "workspace-dark.png");
        robot.interact(() -> window.setDark(false));
    }


    @Test
    void aCancelledFetchOnAnEmptyWindowGoesBackToTheEmptyState(FxRobot robot) throws Exception {
        com.sun.net.httpserver.HttpServer slow = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        slow.createContext("/slow", exchange -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        slow.start();
        try {
            robot.interact(() -> window.fetch("http://127.0.0.1:" + slow.getAddress().getPort() + "/slow"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#progress-state").tryQuery().isPresent());
            robot.clickOn("#cancel-analysis");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.busy());
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#empty-state").tryQuery().isPresent(), "the empty state is back");
            assertEquals("Fetch cancelled", robot.lookup("#status").queryAs(Label.class).getText());
        } finally {
            slow.stop(0);
        }
    }
}
