package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.model.Removal;

/** Each cleaning rule on a small text written here. */
class CleanerTest {
    private static final String BODY1 = "The mayor of Springfield announced a new bridge on Monday, officials said.";
    private static final String BODY2 = "Construction will cost 40 million dollars and take two years, the council said.";

    private static Article clean(String text) {
        return clean(text, "txt");
    }

    private static Article clean(String text, String format) {
        return Cleaner.standard().clean(Article.read("t." + format, format, text).withId("a1"));
    }

    private static String bodyText(Article a) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : a.bodyParagraphs()) {
            sb.append(a.text(), p.start(), p.end()).append('\n');
        }
        return sb.toString();
    }

    private static List<String> reasons(Article a) {
        return a.removed().stream().map(Removal::reason).toList();
    }

    private static String removedText(Article a, String reason) {
        return a.removed().stream().filter(r -> r.reason().equals(reason))
                .map(r -> a.text().substring(r.start(), r.end())).reduce("", (x, y) -> x + "|" + y);
    }

    @Test
    void readerCommentsAndEverythingAfterThemAreRemoved() {
        Article a = clean(BODY1 + "\n\n" + BODY2 + "\n\nComments (3)\nGreat article!\nThe bridge is a scandal and the mayor lied.\n");
        assertEquals(BODY1 + "\n" + BODY2 + "\n", bodyText(a));
        assertTrue(removedText(a, "comments").contains("the mayor lied."));
    }

    @Test
    void relatedStoryTeaserWithItsHeadlinesAndBlurbIsRemoved() {
        String text = BODY1 + "\n\nFlood Victims Return Home After Ten Days\nMore on this topic\n\n"
                + "Flood Victims Return Home After Ten Days\nResidents told reporters why they came back despite the damage.\n" + BODY2;
        Article a = clean(text);
        assertEquals(BODY1 + "\n" + BODY2 + "\n", bodyText(a));
        assertTrue(removedText(a, "teaser").contains("Residents told reporters"));
    }

    @Test
    void correctionNoticesAndPromoLinesAreRemovedAndTheAuthorIsRead() {
        Article a = clean(BODY1 + "\nTo suggest a correction or clarification, write to us here\n" + BODY2
                + "\nFollow Jane Q. Reporter on Twitter here @janeq\n");
        assertEquals(BODY1 + "\n" + BODY2 + "\n", bodyText(a));
        assertTrue(reasons(a).containsAll(List.of("correction", "promo")));
        assertEquals("Jane Q. Reporter", a.author());
    }

    @Test
    void repeatedParagraphsAndHeadlinesAreKeptOnce() {
        Article a = clean("**Bridge Plan Unveiled**\n" + BODY1 + "\n**Bridge Plan Unveiled**\n" + BODY2 + "\n" + BODY1 + "\n");
        assertEquals(BODY1 + "\n" + BODY2 + "\n", bodyText(a));
        assertEquals(2, a.removed().stream().filter(r -> r.reason().equals("duplicate")).count());
        assertEquals("Bridge Plan Unveiled", a.title());
    }

    @Test
    void markdownEmphasisMarkersAreBlankedNotDeleted() {
        Article a = clean("# A *new* bridge\n\nThe **mayor** said the _bridge_ opens in May.\n", "md");
        assertEquals(ParagraphKind.HEADING, a.paragraphs().get(0).kind());
        assertTrue(reasons(a).stream().allMatch(r -> r.equals("markup")));
        // Offsets still index the original: the kept paragraph starts at the original's characters.
        Paragraph body = a.bodyParagraphs().get(0);
        assertEquals("The **mayor** said the _bridge_ opens in May.", a.text().substring(body.start(), body.end()));
        assertEquals(7, a.removed().size(), "# , *new*, **mayor**, _bridge_");
    }

    @Test
    void datelineSetsThePublishedDateAndTheRestatedHeadlineIsNotBody() {
        Article a = clean("March 3, 2021\nMayor unveils a new bridge for Springfield.\n"
                + "The mayor of Springfield unveiled a new bridge for the city on Monday.\n" + BODY2);
        assertEquals(LocalDate.of(2021, 3, 3), a.published());
        assertEquals(ParagraphKind.DATELINE, a.paragraphs().get(0).kind());
        assertEquals(ParagraphKind.HEADLINE, a.paragraphs().get(1).kind());
        assertEquals("Mayor unveils a new bridge for Springfield.", a.title());
        assertEquals(2, a.bodyParagraphs().size());
    }

    @Test
    void aTimeStampLineIsADatelineNotAClaim() {
        // Saved news pages print the time first or an update time after the date; such a line
        // states nothing, and as a body sentence two outlets' times read as conflicting dates.
        for (String line : java.util.List.of("9:53 AM, MON 22 JUL 2013", "9: 53 AM, MON 22 JUL 2013",
                "22 July 2013 Last updated at 14: 39 GMT", "22 July 2013, 14:08",
                "Last Updated: Monday, 22 July 2013, 02: 24 GMT")) {
            Article a = clean("itv.com\n\n" + line + "\n\n" + BODY1 + "\n" + BODY2);
            assertEquals(LocalDate.of(2013, 7, 22), a.published(), line);
            assertTrue(a.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.DATELINE), line);
            assertEquals(2, a.bodyParagraphs().size(), line);
        }
    }

    @Test
    void aDateUnderTheHeadlineIsTheDatelineNotASubheading() {
        Article a = clean("insidehoops.com\n\nSixers Fire Coach, Hire Maurice Cheeks\n\nPosted: May 23, 2005\n\n" + BODY1 + "\n" + BODY2);
        assertEquals(LocalDate.of(2005, 5, 23), a.published());
        assertEquals("Sixers Fire Coach, Hire Maurice Cheeks", a.title());
        assertEquals(ParagraphKind.DATELINE, a.paragraphs().get(2).kind());
        assertEquals(2, a.bodyParagraphs().size());
    }

    @Test
    void siteNameOnTheFirstLineIsTheOutletAndTheNextLineTheHeadline() {
        Article a = clean("variety.com\n\nEllen DeGeneres To Host Oscars\n\n" + BODY1 + "\n" + BODY2);
        assertEquals("variety.com", a.outlet());
        assertEquals("Ellen DeGeneres To Host Oscars", a.title());
        assertEquals(ParagraphKind.HEADLINE, a.paragraphs().get(1).kind());
    }

    @Test
    void firstParagraphThatIsAStatementStaysBody() {
        Article a = clean(BODY1 + "\n" + BODY2);
        assertEquals(2, a.bodyParagraphs().size());
    }

    @Test
    void shortUnpunctuatedLinesInsideAreSubheadings() {
        Article a = clean(BODY1 + "\n\nWhat Comes Next\n\n" + BODY2);
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.BODY),
                a.paragraphs().stream().map(Paragraph::kind).toList());
    }

    @Test
    void noBreakSpacesDoNotChangeOffsets() {
        String text = "The\u00a0mayor said\u202fyes.\u00a0\n" + BODY2;
        Article a = clean(text);
        Paragraph first = a.bodyParagraphs().get(0);
        assertEquals("The\u00a0mayor said\u202fyes.", text.substring(first.start(), first.end()));
    }

    @Test
    void ordinaryArticleLosesNothing() {
        Article a = clean(BODY1 + "\n\n" + BODY2 + "\n");
        assertTrue(a.removed().isEmpty());
        assertFalse(a.bodyParagraphs().isEmpty());
    }

    @Test
    void newsletterAndDonationAppealsAreRemovedAsPromo() {
        String text = BODY1 + "\n\nCities are changing fast. Keep up with the Springfield Daily newsletter.\n\n"
                + "Sign up for Morning Brief, a weekly newsletter from our city desk. Your first month is free!\n\n"
                + "Support independent journalism: give what you can to keep our reporters in City Hall.\n\n"
                + "[What you need to know to start the day: Get Springfield Today in your inbox.]\n\n" + BODY2;
        Article a = clean(text, "html");
        assertEquals(BODY1 + "\n" + BODY2 + "\n", bodyText(a));
        assertEquals(List.of("promo"), reasons(a).stream().distinct().toList());
    }

    @Test
    void shareRowsAndShareCountersAreRemoved() {
        Article a = clean(BODY1 + "\n\nShare on: Facebook | Twitter | Email | WhatsApp\n\n2,192 Shares\n\n"
                + ". Order Reprints | Today's Paper | Subscribe\n\n" + BODY2, "html");
        assertEquals(BODY1 + "\n" + BODY2 + "\n", bodyText(a));
        assertTrue(removedText(a, "share").contains("2,192 Shares"), a.removed().toString());
    }

    @Test
    void aMostPopularListIsRemovedAsATeaser() {
        Article a = clean(BODY1 + "\n\n" + BODY2 + "\n\nMost popular\n\nMayor Resigns Over Bridge Deal\n\n"
                + "Ten Things To Do This Weekend\n\nSchool Board Names New Chief", "html");
        assertEquals(BODY1 + "\n" + BODY2 + "\n", bodyText(a));
        assertTrue(removedText(a, "teaser").contains("School Board Names New Chief"), a.removed().toString());
    }

    @Test
    void sentencesThatMentionNewslettersOrSharesStay() {
        String body = "The company sent a newsletter to its shareholders on Monday, and its shares fell 4 percent.";
        Article a = clean(BODY1 + "\n\n" + body + "\n\n" + BODY2, "html");
        assertEquals(BODY1 + "\n" + body + "\n" + BODY2 + "\n", bodyText(a));
    }

    @Test
    void webFormFieldsAndPollTermsSavedWithThePageAreRemoved() {
        Article a = clean(BODY1 + "\n\nEmail *\n\nPhone This field is for validation purposes and should be left unchanged.\n\n"
                + "Completing this poll grants you access to Springfield Daily updates free of charge.\n\n"
                + "You may opt out at anytime.\n\n" + BODY2);
        assertEquals(BODY1 + "\n" + BODY2 + "\n", bodyText(a));
        assertTrue(removedText(a, "form").contains("Email *"), a.removed().toString());
        String phones = "Phone numbers of the council's offices are listed on its website.";
        assertEquals(BODY1 + "\n" + phones + "\n", bodyText(clean(BODY1 + "\n\n" + phones)), "a sentence about phones stays");
    }
}
