package org.parallax.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.Cleaner;
import org.parallax.model.Article;
import org.parallax.model.AttributionType;
import org.parallax.model.Claim;
import org.parallax.model.Entity;
import org.parallax.model.Quantity;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.Annotator;

class ClaimExtractorTest {
    private static List<Claim> claims(String text) {
        Article a = Cleaner.standard().clean(Article.read("t.txt", "txt", text).withId("a1"));
        AnnotatedArticle annotated = Annotator.shared().annotate(a);
        List<Entity> entities = new EntityResolver().resolve(List.of(annotated));
        return new ClaimExtractor().extract(annotated, entities, 1);
    }

    private static Claim only(String text) {
        List<Claim> c = claims(text);
        assertEquals(1, c.size(), () -> "claims: " + c);
        return c.get(0);
    }

    @Test
    void questionsExclamationsAndCallsToActionAreNotClaims() {
        List<Claim> c = claims("The council approved the budget on Tuesday.\n\nWhat happens next?\n\n"
                + "What a disaster this is!\n\nSubscribe to our newsletter for more updates.\n\nConsider the cost to families.");
        assertEquals(List.of("The council approved the budget on Tuesday."), c.stream().map(Claim::text).toList());
    }

    @Test
    void unsupportedFirstPersonOpinionIsNotAClaimButAnAttributedOneIs() {
        assertEquals(List.of(), claims("I think we can do much better than this."));
        assertEquals(1, claims("“I think we can do much better than this,” Mayor Ines Kovac said on Monday.").size());
    }

    @Test
    void theHeadlineIsAClaimEvenWhenTheLeadRepeatsIt() {
        List<String> c = claims("Ellen DeGeneres to host Oscars in 2014\n\n"
                + "The Academy announced on Friday that the comedian will present the ceremony next March.")
                .stream().map(Claim::text).toList();
        assertEquals(List.of("Ellen DeGeneres to host Oscars in 2014",
                "The Academy announced on Friday that the comedian will present the ceremony next March."), c);
        assertEquals(2, claims("Mayor unveils a new bridge for Springfield\n\n"
                + "Mayor Ann Lee unveils a new bridge for Springfield on Monday.").size());
    }

    @Test
    void aLeadWhoseVerbTheTaggerTakesForAParticipleIsAClaimButACaptionIsNot() {
        List<String> c = claims("The court met on Friday.\n\n"
                + "A judge in Marion County, Ind., sentenced Dale Fenwick Saturday to two life terms for the 2019 shooting at a courthouse.\n\n"
                + "City police this morning arrested Ana Ruiz, of Dayton, on fraud charges.\n\n"
                + "Photographed in the garden of the embassy.").stream().map(Claim::text).toList();
        assertEquals(3, c.size(), () -> "claims: " + c);
        assertTrue(c.get(1).startsWith("A judge in Marion County"), c.get(1));
        assertTrue(c.get(2).startsWith("City police this morning arrested"), c.get(2));
    }

    @Test
    void shortAssertionsAreKept() {
        assertEquals(1, claims("They angered Berlin.").size());
    }

    @Test
    void spansPointAtTheSentenceInTheOriginalText() {
        String text = "Intro line that is long enough to be a body paragraph here.\n\nThe\u00a0river rose by two meters overnight.";
        Claim c = claims(text).get(1);
        assertEquals("The\u00a0river rose by two meters overnight.", text.substring(c.start(), c.end()));
        assertEquals("The river rose by two meters overnight.", c.text());
    }

    @Test
    void anonymousSourcesAreRecognized() {
        Claim c = only("The company plans to cut 300 jobs, according to people familiar with the plans.");
        assertEquals("people familiar with the plans", c.attribution());
        assertEquals(AttributionType.ANONYMOUS_SOURCES, c.attributionType());
    }

    @Test
    void aNamedSpeakerAfterTheQuoteIsTheAttribution() {
        Claim c = only("“We will rebuild the bridge within a year,” said Transport Minister Lena Ortiz.");
        assertEquals(AttributionType.NAMED_PERSON, c.attributionType());
        assertTrue(c.attribution().contains("Lena Ortiz"), c.attribution());
        assertTrue(c.quote());
    }

    @Test
    void anOfficialStatementIsTypedSo() {
        Claim c = only("The ministry said in a statement that the border would reopen on Friday.");
        assertEquals(AttributionType.OFFICIAL_STATEMENT, c.attributionType());
    }

    @Test
    void anOutletIsTypedSo() {
        Claim c = only("The two firms are in merger talks, the newspaper reported on Sunday.");
        assertEquals(AttributionType.OUTLET, c.attributionType());
    }

    @Test
    void theObjectOfToldIsNotTheSource() {
        Claim c = only("An aide to the governor reportedly told the magazine that the plan was dropped.");
        assertTrue(c.attribution().startsWith("An aide"), c.attribution());
    }

    @Test
    void hedgesAreListedAndTheMonthMayIsNotOne() {
        Claim c = only("The deal could reportedly be signed in May.");
        assertTrue(c.hedged());
        assertEquals(List.of("could", "reportedly"), c.hedges());
        Claim flat = only("The deal was signed in May.");
        assertFalse(flat.hedged());
    }

    @Test
    void scareQuotesAreNotAQuotation() {
        Claim c = only("The minister presented what critics call a “secret plan” to parliament.");
        assertFalse(c.quote());
    }

    @Test
    void quantitiesCarryTheirUnits() {
        Claim c = only("The crews laid 8 kilometer (5 mile) of track in the south and lost 12 percent of their tanks.");
        List<Quantity> q = c.quantities();
        assertEquals(8.0, q.get(0).value());
        assertEquals("kilometer", q.get(0).unit());
        assertEquals(5.0, q.get(1).value());
        assertEquals("mile", q.get(1).unit());
        assertEquals(12.0, q.get(2).value());
        assertEquals("percent", q.get(2).unit());
    }

    @Test
    void pluralUnitsAreLemmatizedAndBigNumbersNormalized() {
        Quantity q = only("The economy added 2.4 million jobs last year.").quantities().get(0);
        assertEquals(2_400_000.0, q.value());
        assertEquals("job", q.unit());
    }

    @Test
    void datesAreNormalizedPerClaim() {
        Claim c = only("The summit took place on April 20, 2023.");
        assertEquals("2023-04-20", c.dates().get(0).value());
    }

    @Test
    void twoIndependentAssertionsAreSplitWithExactSpans() {
        String text = "Rebels seized the airport on Monday; the government declared a curfew in the capital.";
        List<Claim> c = claims(text);
        assertEquals(2, c.size());
        assertEquals("Rebels seized the airport on Monday", text.substring(c.get(0).start(), c.get(0).end()));
        assertEquals("the government declared a curfew in the capital.", text.substring(c.get(1).start(), c.get(1).end()));
    }

    @Test
    void anAttributionGoverningBothSidesKeepsTheSentenceWhole() {
        assertEquals(1, claims("Rebels seized the airport, and the army withdrew to the hills, officials said.").size());
    }

    @Test
    void claimsReferenceTheirEntities() {
        List<Claim> c = claims("Mayor Ines Kovac met Pavel Dorn in Vienna.\n\nKovac later left for Graz.");
        assertEquals(3, c.get(0).entities().size());
        assertTrue(c.get(0).entities().contains(c.get(1).entities().get(0)), "Kovac is the same entity in both claims");
    }

    @Test
    void expletiveSubjectsNameNoSource() {
        assertNull(only("It was noted that the parties met again on Friday.").attribution());
    }

    @Test
    void theUnnamedPeopleReferredBackToStayAnonymous() {
        assertEquals(AttributionType.ANONYMOUS_SOURCES, only("Talks could start in June, the people said.").attributionType());
    }

    @Test
    void reportedFutureIsNotAHedge() {
        assertFalse(only("The ministry said the minister would visit Oslo on Friday.").hedged());
    }
}
