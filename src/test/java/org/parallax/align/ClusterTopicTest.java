package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A cluster's name reads as a short phrase of what happened, not a string of keywords. */
class ClusterTopicTest {
    private final ClusterTopic topic = ClusterTopic.standard();

    @Test
    void aShortSentenceIsItsOwnNameWithoutTheFullStop() {
        assertEquals("The harbour bridge will close for repairs", topic.phrase("The harbour bridge will close for repairs."));
    }

    @Test
    void anOpeningThatSaysWhenOrWhoReportsItIsDropped() {
        assertEquals("The council will vote on the budget in June",
                topic.phrase("According to the local paper, the council will vote on the budget in June."));
        assertEquals("The council will vote on the budget in June",
                topic.phrase("On Tuesday, the council will vote on the budget in June."));
        assertEquals("The ferry service was suspended",
                topic.phrase("However, the ferry service was suspended."));
    }

    @Test
    void theSpeechTagIsDroppedAtEitherEnd() {
        assertEquals("The ferry service will resume in May", topic.phrase("The ferry service will resume in May, the operator said on Friday."));
        assertEquals("The ferry service will resume in May", topic.phrase("The operator told reporters on Friday that the ferry service will resume in May."));
        assertEquals("The ferry service will resume in May",
                topic.phrase("“The ferry service will resume in May,” a spokeswoman for the operator said."));
        assertEquals("Two engineers were hurt in the collapse",
                topic.phrase("Two engineers were hurt in the collapse, according to people familiar with the inquiry."));
    }

    @Test
    void theNameEndsBeforeAHangingClauseAndSkipsAnAside() {
        assertEquals("The mayor signed the order", topic.phrase("The mayor signed the order, which takes effect next week."));
        assertEquals("The mayor signed the order", topic.phrase("The mayor signed the order; the council had asked for it."));
        assertEquals("Ms Rivera has asked the auditors to review the contract",
                topic.phrase("Ms Rivera, who took office in March, has asked the auditors to review the contract."));
        assertEquals("Three ministers signed the accord on Monday",
                topic.phrase("Three ministers — including the host — signed the accord on Monday."));
    }

    @Test
    void aLongClauseIsCutAtAWordBoundaryNearSixtyCharacters() {
        String name = topic.phrase("The regional transport authority has approved a plan to replace every diesel bus "
                + "on the coastal routes with electric ones before the end of the decade.");
        assertTrue(name.length() <= 60, name);
        assertTrue(name.endsWith("…"), name);
        assertTrue(name.startsWith("The regional transport authority has approved a plan"), name);
        String lastWord = name.substring(0, name.length() - 1).replaceAll(".*\\s", "");
        assertTrue(!List.of("a", "the", "to", "of", "with", "on").contains(lastWord), "ends on a whole word that can end a phrase: " + name);
    }

    @Test
    void aClusterIsNamedAfterItsMostCentralClaim() {
        List<String> texts = List.of(
                "Officials said the bridge was busy.",
                "The harbour bridge will close for eighteen months, the council said.",
                "A ferry will replace it.");
        double[][] similarity = {{1, 0.4, 0.1}, {0.4, 1, 0.5}, {0.1, 0.5, 1}};
        assertEquals("The harbour bridge will close for eighteen months",
                topic.name(texts, (i, j) -> similarity[i][j]));
    }

    @Test
    void aNameAnotherClusterHasIsNotGivenTwice() {
        List<String> texts = List.of(
                "Officials said the bridge was busy.",
                "The harbour bridge will close for eighteen months, the council said.",
                "A ferry will replace it.");
        double[][] similarity = {{1, 0.4, 0.1}, {0.4, 1, 0.5}, {0.1, 0.5, 1}};
        assertEquals("A ferry will replace it", topic.name(texts, (i, j) -> similarity[i][j],
                java.util.Set.of("The harbour bridge will close for eighteen months")), "the next most central claim's");
    }

    @Test
    void aClaimNearlyAsCentralThatFitsWholeIsPreferredToTheStartOfALongOne() {
        List<String> texts = List.of(
                "The regional transport authority has approved a plan to replace every diesel bus on the coastal "
                        + "routes with electric ones before the end of the decade.",
                "Electric buses will replace the diesel fleet.",
                "The coastal routes carry most of the region's passengers.");
        double[][] similarity = {{1, 0.6, 0.5}, {0.6, 1, 0.45}, {0.5, 0.45, 1}};
        assertEquals("Electric buses will replace the diesel fleet", topic.name(texts, (i, j) -> similarity[i][j]));
    }
}
