package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Claim;
import org.parallax.ui.model.Status;
import org.parallax.ui.view.ArticleColumn;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace on the built-in sample story, analysed by the real engine, as a first-time user
 * meets it: an agreeing counterpart, and no red mark between claims not surely telling one fact.
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

    // Files sort as the sample ships them: a1 = a report, a2 = a rewrite, a3 = a later report,
    // a4 = the off-topic article, a5 = the original.

    @Test
    void aClaimShowsItsAgreeingCounterpartAndNothingInTheOffTopicArticle(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis();
        Claim original = claimWith("a5", "Bonne", "Wang Yi");
        clickClaim(robot, "a5", original.id());

        assertTrue(window.columns().column("a2").text().isMarkedSelected(claimWith("a2", "Bonne", "Wang Yi").id()),
                "the rewrite's wording agrees");
        assertFalse(window.columns().column("a4").text().isMarkedSelected(claimWith("a4", "Macron").id()),
                "nothing in the off-topic article");
        WindowSnapshots.write(robot, window, "sample-workspace.png");
    }

    /**
     * A fact-checker acts on a red mark. The sample's disputed claims are worded far apart from
     * the claims they dispute, where on development stories a red mark was nearly always between
     * two different facts: they carry no mark, and the inspector names the possible conflict.
     */
    @Test
    void noRedMarkWithoutEvidenceOfOneFactButThePossibleConflictIsNamed(FxRobot robot) throws TimeoutException {
        awaitAnalysis();
        List<Claim> red = window.model().view().articles().stream()
                .flatMap(a -> window.model().view().claimsOf(a.id()).stream())
                .filter(c -> window.model().view().statusOf(c.id()) == Status.CONTRADICT)
                .toList();
        assertTrue(red.isEmpty(), "red marks: " + red.stream().map(Claim::text).toList());
        assertTrue(window.model().view().result().clusters().stream().flatMap(k -> k.pairs().stream())
                        .anyMatch(p -> p.explanation() != null && p.explanation().startsWith("Perhaps two different facts")),
                "a possible conflict is named without a mark");
    }
}
