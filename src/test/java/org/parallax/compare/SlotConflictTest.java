package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

/** Conflicts read on aligned slots: one thing said in place of another, the rest the same. */
class SlotConflictTest {
    private static final ClaimComparator COMPARATOR = new ClaimComparator();

    private static Comparison compare(String a, String b) {
        return COMPARATOR.compare(a, b);
    }

    @Test
    void aNumberChangedInAnOtherwiseSameSentenceContradictsAndBothFiguresAreNamed() {
        Comparison c = compare("Police deployed 300 officers around the stadium before the final.",
                "Police deployed 600 officers around the stadium before the final.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertEquals(RelationKind.NUMBER, c.kind());
        assertTrue(c.explanation().contains("300 officers") && c.explanation().contains("600 officers"), c.explanation());
    }

    @Test
    void aFigureWrittenInDigitGroupsIsNamedWhole() {
        Comparison c = compare("Anyone with information is asked to call the inquiry team on 0845 125 2222 or the hotline.",
                "Anyone with information is asked to call the inquiry team on 0845 125 222 or the hotline.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertTrue(c.explanation().contains("'0845 125 2222") && c.explanation().contains("'0845 125 222"), c.explanation());
    }

    @Test
    void aNumberWithoutUnitInTheSamePlaceContradicts() {
        Comparison c = compare("Workers trapped on the upper floors dialed 911 as smoke filled the stairs.",
                "Workers trapped on the upper floors dialed 228 as smoke filled the stairs.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void aNumberWordChangedContradicts() {
        Comparison c = compare("The gunman killed four of his neighbours before he was arrested.",
                "The gunman killed three of his neighbours before he was arrested.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertTrue(c.explanation().contains("four of his neighbours"), c.explanation());
    }

    @Test
    void closeFiguresForOneQuantityDivergeRatherThanContradict() {
        Comparison c = compare("The river was expected to crest at 36 feet late on Friday, the weather service said.",
                "The river was expected to crest at 38 feet late on Friday, the weather service said.");
        assertEquals(Relation.DIVERGE, c.relation(), c.explanation());
        assertEquals(RelationKind.NUMBER, c.kind());
    }

    @Test
    void nearlyAFigureKeepsOnlyFiguresJustBelowIt() {
        Comparison close = compare("The agency said its spending on the program rose by nearly 10 percent last year.",
                "The agency said its spending on the program rose by 9 percent last year.");
        assertNotEquals(Relation.CONTRADICT, close.relation(), close.explanation());
        Comparison far = compare("The agency said its spending on the program rose by nearly 10 percent last year.",
                "The agency said its spending on the program rose by 3 percent last year.");
        assertEquals(Relation.CONTRADICT, far.relation(), far.explanation());
        assertEquals(RelationKind.NUMBER, far.kind());
    }

    @Test
    void theSameDigitsWrittenAnotherWayAreNoConflict() {
        Comparison c = compare("The carmaker said it would cut 1,000 jobs at the plant this year.",
                "The carmaker said it would cut 1, 000 jobs at the plant this year.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertNotEquals(Relation.DIVERGE, c.relation(), c.explanation());
    }

    @Test
    void aWeekdayChangedInTheSameSentenceContradicts() {
        Comparison c = compare("The appeals court reversed the ruling on Monday after a short hearing.",
                "The appeals court reversed the ruling on Saturday after a short hearing.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertEquals(RelationKind.DATE, c.kind());
    }

    @Test
    void aPossessiveWeekdayIsStillADate() {
        Comparison c = compare("Tension is running high ahead of next Sunday's election in the region.",
                "Tension is running high ahead of next Saturday's election in the region.");
        assertEquals(RelationKind.DATE, c.kind(), c.explanation());
    }

    @Test
    void oppositeDirectionWordsInTheSameSlotContradict() {
        Comparison c = compare("Shares of the airline closed up 29 cents at $54.32 on heavy trading.",
                "Shares of the airline closed down 29 cents at $54.32 on heavy trading.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertEquals(RelationKind.ANTONYM, c.kind());
        assertTrue(c.explanation().contains("up") && c.explanation().contains("down"), c.explanation());
    }

    @Test
    void anIrregularPastOppositeContradicts() {
        Comparison c = compare("The index rose sharply after the central bank's announcement.",
                "The index fell sharply after the central bank's announcement.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void aSentenceHoldingBothOppositesSettlesNeither() {
        // Garbled copy names both "after" and "before": which one it means is not known.
        Comparison garbled = compare("The driver was questioned after hours before the bridge was closed to traffic.",
                "The driver was questioned hours after the bridge was closed to traffic.");
        assertNotEquals(Relation.CONTRADICT, garbled.relation(), garbled.explanation());
        Comparison plain = compare("The driver was questioned hours before the bridge was closed to traffic.",
                "The driver was questioned hours after the bridge was closed to traffic.");
        assertEquals(Relation.CONTRADICT, plain.relation(), plain.explanation());
    }

    @Test
    void aVerbAndItsWordNetAntonymContradictButTwoKindsOfAThingDoNot() {
        Comparison verbs = compare("The witness said she remembered the driver of the blue van.",
                "The witness said she forgot the driver of the blue van.");
        assertEquals(Relation.CONTRADICT, verbs.relation(), verbs.explanation());
        // WordNet calls "national" and "local" antonyms; observers of either kind can watch one vote.
        Comparison kinds = compare("The vote will be watched by national observers and foreign experts.",
                "The vote will be watched by local observers and foreign experts.");
        assertNotEquals(Relation.CONTRADICT, kinds.relation(), kinds.explanation());
    }

    @Test
    void opposedWordsAboutDifferentActorsAreNoContradiction() {
        // The company sells what its customers buy: both can be true.
        Comparison c = compare("A judge shut down a firm that helps customers buy cheaper drugs from abroad.",
                "A judge shut down an online company that sells cheaper drugs from abroad.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void numbersOfOneUnitCountingDifferentThingsAreNoContradiction() {
        Comparison c = compare("The company also earned 14 cents a share a year earlier.",
                "A year ago, the company posted a profit of 12 cents a share on higher sales.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void numbersOfTwoPlacesWithOtherNamesAreNoContradiction() {
        Comparison c = compare("In Ventura County, beach advisories dropped from 1,540 in 2001 to 416 last year.",
                "In Orange County, beach advisories dropped from 317 in 2001 to 182 last year.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void sharesOfTwoDifferentWholesAreNoContradictionButOfOneWholeThey() {
        Comparison two = compare("About 22 percent of teenagers in the county are overweight, the survey found.",
                "About 31 percent of adults in the county are overweight, the survey found.");
        assertNotEquals(Relation.CONTRADICT, two.relation(), two.explanation());
        Comparison one = compare("About 22 percent of adults in the county are overweight, the survey found.",
                "About 31 percent of adults in the county are overweight, the survey found.");
        assertEquals(Relation.CONTRADICT, one.relation(), one.explanation());
    }

    @Test
    void figuresInSentencesWordedDifferentlyAreNotMarkedRed() {
        // Who pays which share: the same unit and verb, two different quantities.
        Comparison c = compare("Under the plan, patients would pay 20 percent of the cost of each visit.",
                "The insurer would pay 80 percent of what each visit costs, officials said.");
        assertNotEquals(Relation.CONTRADICT, c.relation(), c.explanation());
    }

    @Test
    void failingToActInTheSameWordsDeniesTheActButADenialVerbAloneDoesNot() {
        Comparison failed = compare("The jury failed to reach a verdict on the second charge, the judge said.",
                "The jury reached a verdict on the second charge, the judge said.");
        assertEquals(Relation.CONTRADICT, failed.relation(), failed.explanation());
        assertEquals(RelationKind.NEGATION, failed.kind());

        Comparison bothDeny = compare("The jury could not reach a verdict on the second charge, the judge said.",
                "The jury failed to reach a verdict on the second charge, the judge said.");
        assertNotEquals(Relation.CONTRADICT, bothDeny.relation(), "two ways of saying no verdict: " + bothDeny.explanation());

        Comparison denied = compare("The club denied the offer for the striker, its chairman said.",
                "The club made the offer for the striker, its chairman said.");
        assertNotEquals(RelationKind.NEGATION, denied.kind(), "denying an offer is an act of its own: " + denied.explanation());
    }

    @Test
    void aShortenedMonthWithADayIsADate() {
        Comparison c = compare("The hearing was moved to Aug. 15 at the request of the defence.",
                "The hearing was moved to Aug. 22 at the request of the defence.");
        assertEquals(Relation.CONTRADICT, c.relation(), c.explanation());
        assertEquals(RelationKind.DATE, c.kind(), c.explanation());
    }
}
