package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HedgesTest {
    private static Token token(String word, String pos) {
        return new Token(0, word.length(), word, word.toLowerCase(), pos, "O", null);
    }

    @Test
    void aGuardedWordIsAHedgeOnlyWithItsPartOfSpeech() {
        Hedges h = Hedges.parse(List.of("may/MD, reportedly\tpossibility\tleaves it open"), "test");
        List<Token> month = List.of(token("In", "IN"), token("May", "NNP"), token("he", "PRP"), token("left", "VBD"));
        List<Token> modal = List.of(token("He", "PRP"), token("may", "MD"), token("reportedly", "RB"), token("leave", "VB"));
        assertEquals(List.of(), h.find(month));
        assertEquals(List.of("may", "reportedly"), h.find(modal));
    }

    @Test
    void aPhraseIsFoundWordByWordAndNamedOnceAsWritten() {
        Hedges h = Hedges.parse(List.of("sources said\tunnamed-source\tunnamed"), "test");
        List<Token> t = List.of(token("Sources", "NNS"), token("said", "VBD"), token("it", "PRP"), token("fell", "VBD"),
                token(",", ","), token("sources", "NNS"), token("said", "VBD"));
        assertEquals(List.of("Sources said", "sources said"), h.find(t));
    }

    @Test
    void theLongestHedgeAtAPlaceIsFoundAndNoneInsideIt() {
        Hedges h = Hedges.parse(List.of("remains to be seen, it remains to be seen\topen\tnot known"), "test");
        List<Token> t = List.of(token("It", "PRP"), token("remains", "VBZ"), token("to", "TO"), token("be", "VB"),
                token("seen", "VBN"));
        assertEquals(List.of("It remains to be seen"), h.find(t));
    }

    @Test
    void aTagGuardsOneWordOnly() {
        assertThrows(IllegalArgumentException.class, () -> Hedges.parse(List.of("may well/MD\tdouble\tx"), "test"));
    }

    @Test
    void theShippedListHasTheGroupsItsReadersAskFor() {
        Hedges h = Hedges.standard();
        for (String group : Set.of("possibility", "double", "evidential", "tentative")) {
            assertFalse(h.of(Set.of(group)).isEmpty(), group);
        }
        assertFalse(h.all().stream().anyMatch(x -> x.reason().isBlank()));
    }

    @Test
    void anArrestOnSuspicionPassesOnAnOffenceNotEstablished() {
        List<Token> t = List.of(token("He", "PRP"), token("was", "VBD"), token("arrested", "VBN"), token("on", "IN"),
                token("suspicion", "NN"), token("of", "IN"), token("drunken", "JJ"), token("driving", "NN"));
        assertEquals(List.of("on suspicion of"), Hedges.standard().find(t));
        assertTrue(Hedges.standard().of(Set.of("evidential")).stream().anyMatch(h -> h.words().equals(List.of("on", "suspicion", "of"))));
    }
}
