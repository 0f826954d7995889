package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.RelationKind;
import org.parallax.model.TimelineChange;
import org.parallax.model.WireCategory;
import org.parallax.model.WireClaim;
import org.parallax.model.WireComparison;
import org.parallax.ui.model.Group;
import org.parallax.ui.model.Status;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace on a small made-up story with one real conflict (a rewrite that changed the
 * cost of a bridge a day later), analysed by the real engine: the contradiction with its
 * explanation, stepping, filtering, a correction saved and reopened; the timeline's change and
 * the wire-copy view of the rewrite. The dates are the texts' own datelines.
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

    @Test
    void theTimelineShowsTheLaterReportThatChangedAnEarlierFact(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis();
        robot.interact(() -> window.workspace().tabs().getSelectionModel().select(1));

        List<TimelineChange> changes = window.model().view().result().timeline().facts().stream()
                .flatMap(f -> f.changes().stream()).toList();
        TimelineChange cost = changes.stream().filter(c -> c.kind() == RelationKind.NUMBER).findFirst()
                .orElseThrow(() -> new AssertionError("no change of a figure: " + changes));
        assertEquals(claimWith("a1", "40 million").id(), cost.earlier(), "the first report");
        assertEquals(claimWith("a2", "60 million").id(), cost.later(), "the rewrite changed it");
        assertEquals(1, cost.daysLater());

        List<String> shown = robot.lookup(".timeline-change").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(shown.stream().anyMatch(t -> t.contains("✗ S2, published 1 day after S1")), "the change is shown: " + shown);
        Label change = robot.lookup(".timeline-change").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains("✗ S2")).findFirst().orElseThrow();
        robot.interact(() -> change.getOnMouseClicked().handle(null));
        assertEquals(cost.later(), window.model().selectedClaimProperty().get(), "a click selects the later report");
        WaitForAsyncUtils.waitForFxEvents();
        org.controlsfx.control.PopOver pop = robot.listTargetWindows().stream()
                .filter(w -> w instanceof org.controlsfx.control.PopOver && w.isShowing())
                .map(w -> (org.controlsfx.control.PopOver) w).findFirst()
                .orElseThrow(() -> new AssertionError("both reports open in full beside the change"));
        WindowSnapshots.writeScene(robot, pop.getScene(), "timeline-popover.png");
        robot.interact(() -> pop.hide());
        WindowSnapshots.write(robot, window, "timeline-tab.png");
    }

    @Test
    void theWireCopyViewSaysWhatTheRewriteTookAndChangedAndExportsIt(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis();
        robot.interact(() -> {
            window.workspace().tabs().getSelectionModel().select(2);
            window.workspace().wireCopy().choose("a1", "a2");
        });
        WaitForAsyncUtils.waitForFxEvents();

        WireComparison wire = window.workspace().wireCopy().current();
        Map<String, WireCategory> byClaim = new java.util.HashMap<>();
        wire.claims().forEach(w -> byClaim.put(w.claim(), w.category()));
        assertEquals(WireCategory.REWORDED, byClaim.get(claimWith("a1", "Construction", "May").id()),
                "the rewrite tells when construction begins in its own words");
        assertEquals(WireCategory.CHANGED, byClaim.get(claimWith("a1", "40 million").id()), "the rewrite changed the cost");
        WireClaim cost = wire.claims().stream().filter(w -> w.category() == WireCategory.CHANGED).findFirst().orElseThrow();
        assertTrue(cost.explanation().contains("60 million"), "the explanation names the new figure: " + cost.explanation());
        assertEquals(WireCategory.CUT, byClaim.get(claimWith("a1", "300 workers").id()), "the rewrite leaves out the workers");
        assertEquals(WireCategory.ADDED, byClaim.get(claimWith("a2", "Shop owners").id()), "and adds the shop owners");
        List<String> shares = robot.lookup(".wire-share").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(5, shares.size(), "one share per category: " + shares);
        assertTrue(robot.lookup(".wire-span").queryAll().stream().anyMatch(Node::isVisible), "the texts are tinted");
        assertTrue(robot.lookup(".provenance-arrow").queryAll().size() >= 1,
                "the graph points from the first report to the rewrite that copied it");

        Path html = home.resolve("wire.html");
        Path csv = home.resolve("wire.csv");
        robot.interact(() -> window.exportWireCopy(html, "html"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.busy());
        robot.interact(() -> window.exportWireCopy(csv, "csv"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.busy());
        assertTrue(Files.readString(html).contains("reworded"));
        assertTrue(Files.readAllLines(csv).get(0).startsWith("category,claim,source"));
        WindowSnapshots.write(robot, window, "wire-copy-tab.png");
    }
}
