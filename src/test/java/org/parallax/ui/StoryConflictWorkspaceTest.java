package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.ui.model.Group;
import org.parallax.ui.model.Status;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace on a small made-up story with one real conflict (a rewrite that changed the
 * cost of a bridge a day later), analysed by the real engine: the contradiction with its
 * explanation, stepping, filtering, a correction saved and reopened.
 */
class StoryConflictWorkspaceTest extends EngineWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, CONFLICT_STORY);
    }

    @Stop
    void stop() {
        close();
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
