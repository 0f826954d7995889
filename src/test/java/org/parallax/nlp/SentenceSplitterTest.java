package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.Cleaner;
import org.parallax.model.Article;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        Article a = Cleaner.standard().clean(Article.read("t.txt", "txt", text).withId("a1"));
        return SentenceSplitter.split(a).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsWhereTheSpaceAfterAFullStopIsMissing() {
        assertEquals(List.of("The vote was close.", "On Monday, the mayor met the council."),
                sentences("The vote was close.On Monday, the mayor met the council."));
    }

    @Test
    void keepsAbbreviationsInsideTheSentence() {
        assertEquals(List.of("Mr. Smith met Gen. Jones in the U.S. capital on Monday.", "They talked for an hour."),
                sentences("Mr. Smith met Gen. Jones in the U.S. capital on Monday. They talked for an hour."));
    }

    @Test
    void keepsAQuoteOfTwoSentencesWithItsAttribution() {
        List<String> s = sentences("“We will not back down. We never have,” the minister said. Talks resume today.");
        assertEquals("Talks resume today.", s.get(s.size() - 1));
        assertEquals(true, s.get(s.size() - 2).endsWith("the minister said."));
    }

    @Test
    void eachLineIsItsOwnParagraph() {
        assertEquals(List.of("The vote passed 7 to 2", "The mayor signed it."),
                sentences("The vote passed 7 to 2\n\nThe mayor signed it."));
    }

    @Test
    void aDecimalPointSpacedApartEndsNoSentence() {
        // Tokenised copies print "6.0" as "6. 0"; cut there, "0 quake can cause damage" and
        // "A magnitude 6. quake" would be compared as claims of their own.
        assertEquals(List.of("A magnitude 6. 0 quake can cause severe damage.", "It struck at noon."),
                sentences("A magnitude 6. 0 quake can cause severe damage. It struck at noon."));
        assertEquals(List.of("The toll rose to 12.", "Rescuers searched the ruins."),
                sentences("The toll rose to 12. Rescuers searched the ruins."));
    }
}
