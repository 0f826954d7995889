package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.ui.model.Group;
import org.parallax.ui.model.Status;
import org.parallax.ui.view.ArticleColumn;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace on a small made-up story with one real conflict (a rewrite that changed the
 * cost of a bridge a day later), analysed by the real engine: the contradiction with its
 * explanation, stepping, filtering, a correction saved and reopened.
 */
@ExtendWith(ApplicationExtension.class)
class StoryConflictWorkspaceTest {
    static {
        System.setProperty("headless.geometry", "1440x900-32");
    }

    static final Path STORY = Path.of("src", "test", "resources", "stories", "harbour-bridge");

    @TempDir
    static Path home;

    private MainWindow window;

    /** Nothing may write into the temporary home once the test is over (a late autosave would). */
    @Stop
    void stop() {
        window.dispose();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage, new EngineBackend(), home, STORY);
    }

    /** The first analysis loads the language models; the bound only keeps a broken build from hanging CI. */
    private void awaitAnalysis() throws TimeoutException {
        TestWindows.awaitAnalysis(window, 300);
    }

    /** The claim of the article (by source file order) whose text holds every one of the words. */
    private Claim claimWith(String articleId, String... words) {
        return window.model().view().claimsOf(articleId).stream()
                .filter(c -> java.util.Arrays.stream(words).allMatch(c.text()::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError(articleId + " has no claim with " + List.of(words)));
    }

    private void clickClaim(FxRobot robot, String articleId, String claimId) {
        ArticleColumn column = window.columns().column(articleId);
        ScrollPane sideways = (ScrollPane) window.columns().getChildren().get(0);
        robot.interact(() -> { // as a user scrolls sideways to the column, then down to the claim
            double hidden = sideways.getContent().getLayoutBounds().getWidth() - sideways.getViewportBounds().getWidth();
            if (hidden > 0) {
                sideways.setHvalue(Math.min(1, column.getBoundsInParent().getMinX() / hidden));
            }
            column.scrollTo(claimId);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Text symbol = column.text().textsOf(claimId).get(0);
        robot.clickOn(symbol);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // Files sort by name: a1 = the first report, a2 = the rewrite a day later (the cost changed),
    // a3 = a later report.

    @Test
    void theChangedCostIsAContradictionExplainedInItsOwnWords(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis();
        Claim rewritten = claimWith("a2", "60 million");
        clickClaim(robot, "a2", rewritten.id());

        assertEquals(Status.CONTRADICT, window.model().view().statusOf(rewritten.id()));
        Label status = robot.lookup("#inspector-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("✗ Contradiction"), status.getText());
        assertTrue(window.columns().column("a1").text().isMarkedSelected(claimWith("a1", "40 million").id()),
                "the first report's figure is the counterpart");
        assertTrue(window.inspector().explanations().stream().anyMatch(e -> e.contains("40 million") && e.contains("60 million")),
                "the explanation names the differing words: " + window.inspector().explanations());
        WindowSnapshots.write(robot, window, "conflict-workspace.png");
    }

    @Test
    void stepFilterCorrectSaveAndReopen(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis();
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Group first = window.model().selectedGroupProperty().get();
        assertNotNull(first, "Alt+Down selects the first difference");
        ClaimPair decisive = first.decisivePair();
        String said = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(said.contains(decisive.explanation()) && said.contains(" / "),
                "the status bar names the two sources and the differing words, not only the match's topic: " + said);
        String a = window.model().view().claim(decisive.a()).text();
        String heading = robot.lookup("#inspector-topic").queryAs(Label.class).getText();
        assertTrue(heading.startsWith("Fact: " + a.substring(0, Math.min(30, a.length()))),
                "the inspector names the fact shown, not only its topic: " + heading);

        robot.clickOn("#filter-agree");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().view().visible(window.model().shown()).stream().noneMatch(g -> g.status() == Status.AGREE),
                "agreeing facts are filtered out");
        robot.clickOn("#filter-agree");

        Claim rewrite = claimWith("a2", "Construction", "May");
        clickClaim(robot, "a2", rewrite.id());
        assertEquals(Status.AGREE, window.model().view().statusOf(rewrite.id()));
        robot.clickOn("#not-same");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Status.UNIQUE, window.model().view().statusOf(rewrite.id()));

        Path file = home.resolve("harbour-bridge.parallax");
        robot.interact(() -> assertTrue(window.saveProject(file)));
        robot.interact(() -> window.model().load(org.parallax.ui.project.Project.of("x", "", List.of(), List.of()), null));
        robot.interact(() -> window.openProject(file));
        awaitAnalysis();
        assertEquals(Status.UNIQUE, window.model().view().statusOf(rewrite.id()), "the correction came back after reopening");
        assertEquals(3, window.columns().columns().size());
    }
}
