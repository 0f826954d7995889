package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.RelationKind;
import org.parallax.model.TimelineChange;
import org.parallax.model.WireCategory;
import org.parallax.model.WireClaim;
import org.parallax.model.WireComparison;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline and wire-copy tabs on the sample story, analysed by the real engine, after the user
 * dates the sources in the Sources pane as their texts say (the rewrite keeps its own dateline).
 */
@ExtendWith(ApplicationExtension.class)
class TimelineAndWireCopyTest {
    static {
        System.setProperty("headless.geometry", "1440x900-32");
    }

    /** Dates a reader finds in (or infers from) each sample text; a2's dateline stays as read. */
    private static final Map<String, LocalDate> DATES = Map.of(
            "a1", LocalDate.of(2023, 4, 24), "a3", LocalDate.of(2023, 5, 3),
            "a4", LocalDate.of(2025, 4, 17), "a5", LocalDate.of(2023, 4, 19));

    @TempDir
    static Path home;

    private MainWindow window;

    @Stop
    void stop() {
        window.dispose();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage, new EngineBackend(), home, Path.of("sample-corpus", "macron-china"));
    }

    private void dateTheSources(FxRobot robot) throws TimeoutException {
        TestWindows.awaitAnalysis(window, 300);
        robot.interact(() -> {
            for (Article a : window.model().view().articles()) {
                if (DATES.containsKey(a.id())) {
                    int index = window.model().sourceIndexOf(a);
                    window.model().setMetadata(index, a.outlet(), DATES.get(a.id()));
                }
            }
        });
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !window.busy()
                && window.model().hasResult() && window.model().view().article("a3").published() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Claim claimWith(String articleId, String... words) {
        return window.model().view().claimsOf(articleId).stream()
                .filter(c -> java.util.Arrays.stream(words).allMatch(c.text()::contains))
                .findFirst().orElseThrow(() -> new AssertionError(articleId + " has no claim with " + List.of(words)));
    }

    @Test
    void theTimelineShowsTheLaterReportThatChangedAnEarlierFactAndSetsTheMisdatedRewriteApart(FxRobot robot)
            throws TimeoutException, IOException {
        dateTheSources(robot);
        robot.interact(() -> window.workspace().tabs().getSelectionModel().select(1));

        List<TimelineChange> changes = window.model().view().result().timeline().facts().stream()
                .flatMap(f -> f.changes().stream()).toList();
        TimelineChange firstCall = changes.stream().filter(c -> c.kind() == RelationKind.TEMPORAL).findFirst()
                .orElseThrow(() -> new AssertionError("no temporal change: " + changes));
        assertEquals(claimWith("a5", "haven’t spoken").id(), firstCall.earlier(), "Bloomberg reported first");
        assertEquals(claimWith("a3", "first call").id(), firstCall.later(), "the later report changed it");
        assertEquals(14, firstCall.daysLater());
        assertEquals(List.of("a2"), window.model().view().result().timeline().misdated());
        assertTrue(changes.stream().noneMatch(c -> window.model().view().claim(c.later()).article().equals("a2")
                        || window.model().view().claim(c.earlier()).article().equals("a2")),
                "no change over time is read from the misdated rewrite");

        List<String> shown = robot.lookup(".timeline-change").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(shown.stream().anyMatch(t -> t.contains("✗ S3, published 14 days after S5")), "the change is shown: " + shown);
        Label change = robot.lookup(".timeline-change").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains("✗ S3")).findFirst().orElseThrow();
        robot.interact(() -> change.getOnMouseClicked().handle(null));
        assertEquals(firstCall.later(), window.model().selectedClaimProperty().get(), "a click selects the later report");
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
        dateTheSources(robot);
        robot.interact(() -> {
            window.workspace().tabs().getSelectionModel().select(2);
            window.workspace().wireCopy().choose("a5", "a2");
        });
        WaitForAsyncUtils.waitForFxEvents();

        WireComparison wire = window.workspace().wireCopy().current();
        Map<String, WireCategory> byClaim = new java.util.HashMap<>();
        wire.claims().forEach(w -> byClaim.put(w.claim(), w.category()));
        assertEquals(WireCategory.REWORDED, byClaim.get(claimWith("a5", "Bonne", "Wang Yi").id()),
                "the rewrite tells the adviser's task in its own words");
        WireClaim talks = wire.claims().stream().filter(w -> w.category() == WireCategory.CHANGED).findFirst()
                .orElseThrow(() -> new AssertionError("no changed claim: " + wire.claims()));
        assertTrue(talks.explanation().contains("deal"), "talks made a deal: " + talks.explanation());
        assertTrue(wire.counts().get(WireCategory.CUT) > 0 && wire.counts().get(WireCategory.ADDED) > 0);
        List<String> shares = robot.lookup(".wire-share").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(5, shares.size(), "one share per category: " + shares);
        assertTrue(robot.lookup(".wire-span").queryAll().stream().anyMatch(Node::isVisible), "the texts are tinted");
        assertEquals(1, robot.lookup(".provenance-arrow").queryAll().size(),
                "the graph points from the earlier Bloomberg to S1; the link to the misdated rewrite has no direction");
        assertEquals(2, robot.lookup(".provenance-edge").queryAll().size());

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
