package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.parallax.nlp.Annotator;
import org.parallax.nlp.Token;
import org.junit.jupiter.api.Test;

/** A statement is read from the annotation's tokens, the same way for a bare sentence and for a claim. */
class StatementTest {

    private static List<String> words(Statement s) {
        return s.words().stream().map(Statement.Word::text).toList();
    }

    @Test
    void wordsAreTheTokensWithCliticsJoinedAndPunctuationLeftOut() {
        Statement s = Statement.of("He didn't say the U.S. co-defendants paid $160MM at 6:41.");

        assertEquals(List.of("He", "didn't", "say", "the", "U", "S", "co", "defendants", "paid", "$", "160", "MM", "at", "6", "41"),
                words(s));
        assertEquals(1, s.negations(), "the negation glued to its verb is one negation");
        assertEquals(160e6, s.amounts().get(0).value(), "$160MM is money in millions");
        assertEquals("TIME", s.dates().get(0).field(), "6:41 is a clock time");
    }

    @Test
    void aQuotationMarkOfApostrophesIsNoClitic() {
        Statement s = Statement.of("He was called a ''bagman'' by Sunday's paper.");

        assertEquals(List.of("He", "was", "called", "a", "bagman", "by", "Sunday's", "paper"), words(s));
    }

    @Test
    void aFigureGluedToTheWordBeforeItIsReadTheSameWhereverTheTokenizerCutIt() {
        // Copy that lost a space: "a.308 average" and "career-best.308 average" both give 308.
        assertEquals(List.of("a", "308", "average"), words(Statement.of("a.308 average")));
        assertEquals(List.of("career", "best", "308", "average"), words(Statement.of("career-best.308 average")));
        assertEquals(List.of("a", ".308", "average"), words(Statement.of("a .308 average")));
    }

    @Test
    void aMonthIsADateWhereTheAnnotationOrItsWordsSaySo() {
        Statement s = Statement.of("Officials said prices may rise in May, and 1990 people signed the petition.");

        assertEquals(List.of("MONTH"), s.dates().stream().map(Statement.DatePart::field).toList(),
                "'may' is a modal, 1990 a count: " + s.dates());
        assertEquals(1990.0, s.amounts().get(0).value());

        Statement birth = Statement.of("His birth on 4 May is revealed today in the journal Science.");
        assertEquals(List.of("MONTH"), birth.dates().stream().map(Statement.DatePart::field).toList(),
                "the annotation dates '4 May', which no neighbouring word marks as a date: " + birth.dates());
    }

    @Test
    void aMonthIsNoModalVerb() {
        assertFalse(Statement.of("The fighting begun May 7 after the troops withdrew.").has("modal"), "'May 7' is a date");
        assertTrue(Statement.of("The fighting may begin on 7 May.").has("modal"), "'may begin' hedges");
    }

    @Test
    void aSpacedThousandsSeparatorJoinsOnlyAThousandsGroup() {
        assertEquals(1000.0, Statement.of("Police said 1, 000 people marched.").amounts().get(0).value());

        Statement years = Statement.of("Between 1993 and 2002, 142 allegations were made.");
        assertEquals(List.of(142.0), years.amounts().stream().map(Statement.Amount::value).toList(),
                "a year before the comma is no thousands group: " + years.amounts());
    }

    @Test
    void aBareFigureTakesTheUnitOfARangeOrListItIsJoinedToOnly() {
        Statement range = Statement.of("Repairs will take six to eight weeks.");
        assertEquals("week", range.amounts().get(0).unit(), "six of 'six to eight weeks': " + range.amounts());

        Statement list = Statement.of("Rates rose 3, 4 and 5 percent.");
        assertEquals(List.of("percent", "percent", "percent"),
                list.amounts().stream().map(Statement.Amount::unit).toList(), "a list shares its unit: " + list.amounts());

        Statement apart = Statement.of("The Orioles (seven years, $140-150 million) and the Nationals (eight years, $160 million) bid.");
        assertTrue(apart.amounts().stream().noneMatch(x -> x.value() == 150e6 && !x.unit().isEmpty()),
                "150 million, apart from the next figure, are no years: " + apart.amounts());
    }

    @Test
    void aClaimIsReadOnItsArticlesTokensWhateverItsWhitespace() {
        String article = "Intro line.\n\nThe mayor  said\nno one was hurt on Sunday.";
        List<Token> annotation = new java.util.ArrayList<>();
        Annotator.shared().annotateText(article).sentences().forEach(x -> annotation.addAll(x.tokens()));
        int from = article.indexOf("The mayor");
        String claim = "The mayor said no one was hurt on Sunday.";
        // The claim's text is the article's span with each run of whitespace made one space.
        int[] at = new int[claim.length()];
        int j = from;
        for (int i = 0; i < claim.length(); i++) {
            at[i] = j;
            j++;
            if (claim.charAt(i) == ' ') {
                while (Character.isWhitespace(article.charAt(j))) {
                    j++;
                }
            }
        }

        Statement s = Statement.of(claim, annotation, i -> at[i]);

        assertEquals(words(Statement.of(claim)), words(s));
        for (Statement.Word w : s.words()) {
            assertEquals(claim.substring(w.start(), w.end()), w.text(), "offsets are the claim's, not the article's");
        }
        assertTrue(s.negations() > 0);
        assertEquals("sunday", s.dates().get(0).value());
    }

    @Test
    void aClaimTheTokensDoNotCoverIsReadAsABareSentence() {
        String claim = "Prices rose 5 percent.";

        Statement s = Statement.of(claim, List.of(), i -> i + 1000);

        assertEquals(words(Statement.of(claim)), words(s));
        assertEquals(5.0, s.amounts().get(0).value());
    }
}
