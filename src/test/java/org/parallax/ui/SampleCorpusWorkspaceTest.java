package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Relation;
import org.parallax.ui.model.Status;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The workspace on the built-in sample story, analysed by the real engine, as a first-time user
 * meets it: an agreeing counterpart, and no red mark between claims not surely telling one fact.
 */
class SampleCorpusWorkspaceTest extends EngineWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, Path.of("sample-corpus", "macron-china"));
    }

    @Stop
    void stop() {
        close();
    }

    // Files sort as the sample ships them: a1 = a report, a2 = a rewrite, a3 = a later report,
    // a4 = the off-topic article, a5 = the original.

    @Test
    void aClaimShowsItsAgreeingCounterpartAndNothingInTheOffTopicArticle(FxRobot robot) throws TimeoutException, IOException {
        awaitAnalysis();
        // The original's claim that the rewrite tells in agreeing words, found in the result.
        ClaimPair agreeing = window.model().view().result().clusters().stream().flatMap(k -> k.pairs().stream())
                .filter(p -> p.relation() == Relation.AGREE && Set.of(articleOf(p.a()), articleOf(p.b())).equals(Set.of("a2", "a5")))
                .findFirst().orElseThrow(() -> new AssertionError("the original and its rewrite agree on no claim"));
        String original = articleOf(agreeing.a()).equals("a5") ? agreeing.a() : agreeing.b();
        String rewrite = original.equals(agreeing.a()) ? agreeing.b() : agreeing.a();
        clickClaim(robot, "a5", original);

        assertTrue(window.columns().column("a2").text().isMarkedSelected(rewrite), "the rewrite's wording agrees");
        assertTrue(window.model().view().claimsOf("a4").stream()
                        .noneMatch(c -> window.columns().column("a4").text().isMarkedSelected(c.id())),
                "nothing in the off-topic article");
        WindowSnapshots.write(robot, window, "sample-workspace.png");
    }

    private String articleOf(String claimId) {
        return window.model().view().result().claims().stream().filter(c -> c.id().equals(claimId))
                .map(Claim::article).findFirst().orElse("");
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
        assertTrue(window.model().view().result().clusters().stream().flatMap(k -> k.pairs().stream())
                        .filter(p -> p.explanation() != null && p.explanation().startsWith("Perhaps two different facts"))
                        .allMatch(p -> p.kind() == null && p.unsettled() != null),
                "the report keeps the unmarked difference's kind apart from the marks' kinds");
    }
}
