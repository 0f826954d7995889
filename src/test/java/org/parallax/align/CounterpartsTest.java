package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only claims telling one fact are compared; the rest of a topic is context. */
class CounterpartsTest {
    private static final double BAR = 0.15;

    /** Claims 0 and 1 of source A, 2 and 3 of source B, 4 of source C. */
    private static final Map<Integer, String> SOURCE = Map.of(0, "A", 1, "A", 2, "B", 3, "B", 4, "C");

    private static Set<Long> counterparts(List<Integer> members, double[][] similarity) {
        return Counterparts.of(members, SOURCE::get, (i, j) -> similarity[i][j], BAR);
    }

    private static double[][] symmetric(double[][] upper) {
        double[][] m = new double[upper.length][upper.length];
        for (int i = 0; i < upper.length; i++) {
            for (int j = 0; j < upper.length; j++) {
                m[i][j] = i < j ? upper[i][j] : upper[j][i];
            }
        }
        return m;
    }

    @Test
    void eachClaimIsComparedWithTheClaimTellingItsFactNotWithTheOtherFactsOfTheTopic() {
        // A: "the 23-year-old victim" (0), "the 32-year-old defendant" (1);
        // B: "a victim aged 23" (2), "the defendant, 32" (3): the ages of two people are never compared.
        double[][] s = symmetric(new double[][] {
                {0, 0.1, 0.8, 0.3, 0},
                {0, 0, 0.3, 0.85, 0},
                {0, 0, 0, 0.1, 0},
                {0, 0, 0, 0, 0},
                {0, 0, 0, 0, 0}});
        assertEquals(Set.of(Aligner.key(0, 2), Aligner.key(1, 3)), counterparts(List.of(0, 1, 2, 3), s));
    }

    @Test
    void aClaimTooUnlikeAnyOtherOfTheTopicHasNoCounterpart() {
        // C's claim ("would not say when talks began") shares the topic but tells no one's fact.
        double[][] s = symmetric(new double[][] {
                {0, 0.1, 0.8, 0.3, 0.1},
                {0, 0, 0.3, 0.85, 0.05},
                {0, 0, 0, 0.1, 0.12},
                {0, 0, 0, 0, 0.02},
                {0, 0, 0, 0, 0}});
        Set<Long> pairs = counterparts(List.of(0, 1, 2, 3, 4), s);
        for (int other : List.of(0, 1, 2, 3)) {
            assertEquals(false, pairs.contains(Aligner.key(other, 4)), "claim 4 with claim " + other);
        }
    }

    @Test
    void twoClaimsTheAlignerJoinedAloneAreCounterpartsHoweverWorded() {
        // A denial worded unlike the assertion ("without consulting allies" / "allies were informed").
        double[][] s = symmetric(new double[][] {{0, 0, 0.03, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}});
        assertEquals(Set.of(Aligner.key(0, 2)), counterparts(List.of(0, 2), s));
    }
}
