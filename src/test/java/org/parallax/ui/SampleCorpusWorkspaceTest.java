package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
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
 * The workspace on the built-in sample story, analysed by the real engine, as a first-time user
 * meets it: the Xi–Zelensky contradiction with its explanation, stepping, filtering, a correction
 * saved and reopened.
 */
@ExtendWith(ApplicationExtension.class)
class SampleCorpusWorkspaceTest {
    static {
        System.setProperty("headless.geometry", "1440x900-32");
    }

    private static final Path SAMPLE = Path.of("sample-corpus", "macron-china");

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
        window = TestWindows.open(stage, new EngineBackend(), home, SAMPLE);
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

    // Files sort as the sample ships them: a1 = Politico-style report, a2 = Breitbart-style rewrite,
    // a3 = the later report, a4 = the off-topic lunch, a5 = the Bloomberg original.

    @Test
    void theXiZelenskyContradictionIsExplained(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis();
        Claim stillNotSpoken = claimWith("a5", "haven’t spoken");
        clickClaim(robot, "a5", stillNotSpoken.id());

        assertEquals(Status.CONTRADICT, window.model().view().statusOf(stillNotSpoken.id()));
        Label status = robot.lookup("#inspector-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("✗ Contradiction"), status.getText());
        assertTrue(window.columns().column("a3").text().isMarkedSelected(claimWith("a3", "first call").id()),
                "the later report's first call is the counterpart");
        assertTrue(window.inspector().explanations().stream().anyMatch(e -> e.contains("first call") || e.contains("spoken")),
                "the explanation names the differing words: " + window.inspector().explanations());
        WindowSnapshots.write(robot, window, "sample-workspace.png");
    }

    @Test
    void aClaimShowsItsAgreeingCounterpartAndNothingInTheOffTopicArticle(FxRobot robot) throws TimeoutException {
        awaitAnalysis();
        Claim original = claimWith("a5", "Bonne", "Wang Yi");
        clickClaim(robot, "a5", original.id());

        assertTrue(window.columns().column("a2").text().isMarkedSelected(claimWith("a2", "Bonne", "Wang Yi").id()),
                "the rewrite's wording agrees");
        assertFalse(window.columns().column("a4").text().isMarkedSelected(claimWith("a4", "Macron").id()),
                "nothing in the off-topic article");
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
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(first.id().equals(window.model().selectedGroupProperty().get().id()), "and the next one");

        robot.clickOn("#filter-agree");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().view().visible(window.model().shown()).stream().noneMatch(g -> g.status() == Status.AGREE),
                "agreeing facts are filtered out");
        robot.clickOn("#filter-agree");

        Claim rewrite = claimWith("a2", "Bonne", "Wang Yi");
        clickClaim(robot, "a2", rewrite.id());
        robot.clickOn("#not-same");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Status.UNIQUE, window.model().view().statusOf(rewrite.id()));

        Path file = home.resolve("macron-china.parallax");
        robot.interact(() -> assertTrue(window.saveProject(file)));
        robot.interact(() -> window.model().load(org.parallax.ui.project.Project.of("x", "", List.of(), List.of()), null));
        robot.interact(() -> window.openProject(file));
        awaitAnalysis();
        assertEquals(Status.UNIQUE, window.model().view().statusOf(rewrite.id()), "the correction came back after reopening");
        assertEquals(5, window.columns().columns().size());
    }


    /**
     * A fact-checker acts on a red mark: in the sample every ✗ must be one of the story's real
     * conflicts (a later report's first call against "still haven't spoken"; allies informed
     * against acting without consulting them), and the first difference Alt+Down opens is a real
     * one, between two accounts of one fact.
     */
    @Test
    void everyRedMarkIsARealConflictAndTheFirstStepOpensARealDifference(FxRobot robot) throws TimeoutException {
        awaitAnalysis();
        java.util.Set<String> realConflicts = java.util.Set.of(claimWith("a5", "haven’t spoken").id(), claimWith("a3", "first call").id(),
                claimWith("a5", "allies have been informed").id(), claimWith("a1", "without consulting allies").id());
        List<Claim> red = window.model().view().articles().stream()
                .flatMap(a -> window.model().view().claimsOf(a.id()).stream())
                .filter(c -> window.model().view().statusOf(c.id()) == Status.CONTRADICT)
                .toList();
        assertTrue(red.size() >= 2, "the two real conflicts are marked: " + red.stream().map(Claim::text).toList());
        for (Claim c : red) {
            assertTrue(realConflicts.contains(c.id()), "a red mark on a claim that conflicts with no account of its fact: " + c.text());
        }

        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        ClaimPair first = window.model().selectedGroupProperty().get().decisivePair();
        String a = window.model().view().claim(first.a()).text();
        String b = window.model().view().claim(first.b()).text();
        String both = a + " || " + b;
        boolean conflict = realConflicts.contains(first.a()) && realConflicts.contains(first.b());
        // The rewrite (a2) turns the reported talks into a deal, and quotes one side of a choice.
        boolean inflated = (a.contains("talks") || b.contains("talks")) && (a.contains("deal") || b.contains("deal"));
        boolean selective = both.contains("either Washington or Beijing");
        assertTrue(conflict || inflated || selective, "the first difference is a real one: " + both + " — " + first.explanation());
        String heading = robot.lookup("#inspector-topic").queryAs(Label.class).getText();
        assertTrue(heading.startsWith("Fact: " + a.substring(0, Math.min(30, a.length()))),
                "the inspector names the fact shown, not only its topic: " + heading);
    }
}
