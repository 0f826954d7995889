package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static List<String> found(Lexicon lex, String text) {
        List<Tokens.Tok> toks = Tokens.of(text, 0, text.length());
        return lex.find(toks).stream().map(m -> m.entry().phrase()).toList();
    }

    @Test
    void matchesAlternativesPrefixesAndLongestPhrase() {
        Lexicon lex = Lexicon.parse(List.of(
                "# comment",
                "infuriat*, fury\tloaded\tanger",
                "back|backed down\tloaded\tclimbdown",
                "war\tloaded\tplain",
                "proxy war\tloaded\tproxy"), "test", false, Set.of("loaded"));
        assertEquals(List.of("infuriat*", "back|backed down", "proxy war"),
                found(lex, "Infuriating: they backed down in the proxy war."));
    }

    @Test
    void conditionsOnNeighbouringWords() {
        Lexicon lex = Lexicon.parse(List.of("blow\tloaded\thit\tprev=a|another", "supposed\tloaded\tdoubt\tnext!=to"),
                "test", false, Set.of("loaded"));
        assertEquals(List.of("blow", "supposed"), found(lex, "Another blow to a supposed deal"));
        assertEquals(List.of(), found(lex, "They blow it and are supposed to win"));
    }

    @Test
    void rejectsUnknownCategoriesWithTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(List.of("x\tweird\treason"), "lex.tsv", false, Set.of("loaded")));
        assertEquals("lex.tsv:1: unknown category weird", e.getMessage());
    }

    @Test
    void theShippedLexiconsLoad() {
        FramingRules rules = FramingRules.standard();
        assertEquals("pejorative", rules.role("dictator").tone());
        assertEquals(List.of("disastrous*"), found(rules.lexicon, "a disastrous deal").stream().toList());
    }
}
