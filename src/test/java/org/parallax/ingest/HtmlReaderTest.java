package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;

/** The failure classes of issue 17, each as a general page shape made up here. */
class HtmlReaderTest {
    private static final String STORY = "The city council approved the new budget on Tuesday evening, after a debate that "
            + "lasted more than four hours and drew a crowd of residents, teachers and shop owners.";
    private static final String STORY2 = "Council members voted seven to two, with the mayor saying the plan would pay for "
            + "school repairs, longer library hours and two new bus routes across the east side.";
    private static final String STORY3 = "Opponents said the tax increase that funds the plan would fall hardest on renters, "
            + "and they promised to bring the question back before the council next spring.";

    private static Article read(String html) throws UnreadableInputException {
        return HtmlReader.read("page.html", html.getBytes(StandardCharsets.UTF_8));
    }

    private static String links(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<a href=\"/s").append(i).append("\">Section ").append(i).append("</a><br>");
        }
        return sb.toString();
    }

    @Test
    void textBrokenOnlyByLineBreaksIsReadAsParagraphs() throws Exception {
        Article a = read("<html><head><title>Budget passes</title></head><body>"
                + "<div class=\"menu\">" + links(12) + "</div>"
                + "<div class=\"story\">" + STORY + "<br><br>" + STORY2 + "<br><br>" + STORY3 + "</div>"
                + "<div class=\"foot\">" + links(6) + "</div></body></html>");
        assertEquals("Budget passes\n\n" + STORY + "\n\n" + STORY2 + "\n\n" + STORY3, a.text());
    }

    @Test
    void paragraphsInPlainDivsAreReadAsParagraphs() throws Exception {
        Article a = read("<html><head><title>Budget passes</title></head><body>"
                + "<div>" + links(10) + "</div><div class=\"text\"><div>" + STORY + "</div><div>" + STORY2
                + "</div><div>" + STORY3 + "</div></div></body></html>");
        assertTrue(a.text().contains(STORY + "\n\n" + STORY2 + "\n\n" + STORY3), a.text());
        assertFalse(a.text().contains("Section 3"), a.text());
    }

    @Test
    void aPageWhollyInsideAFormIsRead() throws Exception {
        // Some site builders wrap the whole page in one form element.
        Article a = read("<html><head><title>Budget passes</title></head><body><form id=\"aspnetForm\" method=\"post\">"
                + "<div class=\"nav\">" + links(8) + "</div><div class=\"article\"><p>" + STORY + "</p><p>" + STORY2
                + "</p><p>" + STORY3 + "</p></div></form></body></html>");
        assertTrue(a.text().contains(STORY) && a.text().contains(STORY3), a.text());
    }

    @Test
    void readerCommentsInArticleElementsAreNotTakenForTheStory() throws Exception {
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            comments.append("<article class=\"comment\"><p>Great read, thanks.</p></article>");
        }
        Article a = read("<html><head><title>Budget passes</title></head><body>" + comments
                + "<div class=\"story-body\"><p>" + STORY + "</p><p>" + STORY2 + "</p><p>" + STORY3 + "</p></div>"
                + "</body></html>");
        assertTrue(a.text().contains(STORY2), a.text());
        assertFalse(a.text().contains("Great read"), a.text());
    }

    @Test
    void theHeadlineIsThePageTitleNotANewsletterLineAboveTheStory() throws Exception {
        Article a = read("<html><head><meta property=\"og:title\" content=\"Council passes budget\"></head><body>"
                + "<div class=\"story\"><p>Get our morning newsletter</p><p>" + STORY + "</p><p>" + STORY2 + "</p><p>"
                + STORY3 + "</p></div></body></html>");
        Article cleaned = Cleaner.standard().clean(a.withId("a1"));
        Paragraph first = cleaned.paragraphs().get(0);
        assertEquals(ParagraphKind.HEADLINE, first.kind());
        assertEquals("Council passes budget", a.text().substring(first.start(), first.end()));
    }

    @Test
    void hiddenElementsAreNotText() throws Exception {
        Article a = read("<html><body><div><p>" + STORY + "</p><p style=\"display: none\">Subscribe to unlock this story.</p><p>"
                + STORY2 + "</p><p>" + STORY3 + "</p></div></body></html>");
        assertFalse(a.text().contains("unlock"), a.text());
    }

    @Test
    void aPageSavedAsUtf8ThatStillDeclaresALegacyCharsetIsReadAsUtf8() throws Exception {
        Article a = read("<html><head><meta charset=\"windows-1252\"><title>Budget</title></head><body><div><p>"
                + STORY.replace("residents", "résidents") + "</p><p>" + STORY2 + "</p></div></body></html>");
        assertTrue(a.text().contains("résidents"), a.text());
        assertTrue(a.notes().get(0).contains("read as UTF-8"), a.notes().toString());
    }
}
