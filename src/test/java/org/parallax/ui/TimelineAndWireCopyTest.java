package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.parallax.model.RelationKind;
import org.parallax.model.TimelineChange;
import org.parallax.model.WireCategory;
import org.parallax.model.WireClaim;
import org.parallax.model.WireComparison;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline and wire-copy tabs on a small made-up story analysed by the real engine: a first
 * report, a rewrite a day later that changed the bridge's cost, and a later report; the dates are
 * the texts' own datelines.
 */
class TimelineAndWireCopyTest extends EngineWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, CONFLICT_STORY);
    }

    @Stop
    void stop() {
        close();
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
