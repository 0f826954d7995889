package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalysisResult;

class HtmlReportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 2);

    private static String render(boolean hostile) {
        return HtmlReport.render(SyntheticStory.result(hostile), DAY);
    }

    @Test
    void hostileArticleTextShowsAsTextAndNeverRuns() {
        String html = render(true);
        Document doc = Jsoup.parse(html);
        for (String tag : List.of("script", "img", "svg", "iframe", "object", "embed", "link", "base", "form", "b", "i", "u")) {
            assertTrue(doc.select(tag).isEmpty(), "no <" + tag + "> element may come from article text");
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), "event handler attribute " + a + " on " + e.tagName());
            }
        }
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
        String visible = doc.body().text();
        assertTrue(visible.contains(SyntheticStory.SCRIPT), "the script tag is shown as text");
        assertTrue(visible.contains(SyntheticStory.IMG), "the img tag is shown as text");
    }

    @Test
    void theTimelinePlacesEachFactByItsFirstReportAndSetsMisdatedSourcesApart() {
        Element timeline = Jsoup.parse(render(false)).getElementById("timeline");
        String text = timeline.text();
        assertTrue(text.contains("2021-03-03 a1 Riverton Herald · first · names 2021-03-01"), text);
        assertTrue(text.contains("Dated against what they report"), "the misdated Gazette is named");
        assertTrue(text.contains("Coverage from 2021-03-03 to 2021-03-03"), "the misdated date does not widen the span");
        assertTrue(timeline.select("td").stream().noneMatch(td -> td.text().contains("days after")),
                "no change over time is read from a misdated source");
    }

    @Test
    void aMisdatedSourceIsNotSaidToHaveTakenFromAnother() {
        // 42% of the Gazette's text stands in the Herald, but the Gazette's date conflicts with what it reports.
        String text = Jsoup.parse(render(false)).getElementById("reuse").text();
        assertFalse(text.contains("likely took from"), text);
        assertFalse(text.contains("Proposed wire original"), text);
    }

    @Test
    void quotesInMetadataStayInsideTheirAttribute() {
        Document doc = Jsoup.parse(render(true));
        // The outlet is shown as a column tooltip; its quote must not open a new attribute.
        assertTrue(doc.select("[title]").stream().anyMatch(e -> e.attr("title").equals(SyntheticStory.ATTRIBUTE_BREAKOUT)),
                "the whole outlet name stays one attribute value");
        assertTrue(doc.select("[onmouseover]").isEmpty());
        assertTrue(doc.select("[title]").stream().anyMatch(e -> e.attr("title").equals("clips/<b>gazette</b>.html")),
                "a path with markup stays a plain title");
    }

    @Test
    void noExternalUrlOrRequestInTheReport() {
        for (boolean hostile : List.of(false, true)) {
            String html = render(hostile);
            Document doc = Jsoup.parse(html);
            for (Element e : doc.select("[href]")) {
                assertTrue(e.attr("href").startsWith("#"), "only in-page links: " + e.outerHtml());
            }
            assertTrue(doc.select("[src], [srcset], [action], [data], link, base, script, img, iframe").isEmpty());
            String styles = doc.select("style").html() + String.join(" ", doc.select("[style]").eachAttr("style"));
            assertFalse(styles.contains("@import"));
            assertFalse(styles.toLowerCase(Locale.ROOT).contains("url("));
        }
        String benign = render(false);
        assertFalse(benign.contains("http://") || benign.contains("https://"), "no URL at all in a report of URL-free articles");
    }

    @Test
    void contradictionsComeFirstWhateverTheEngineOrder() {
        AnalysisResult r = SyntheticStory.result(false);
        AnalysisResult reversed = new AnalysisResult(r.schema(), r.generator(), r.articles(), r.claims(), r.entities(),
                List.of(r.clusters().get(1), r.clusters().get(0)), r.framing(), r.reuse(), r.story(), r.problems());
        Document doc = Jsoup.parse(HtmlReport.render(reversed, DAY));
        List<String> order = doc.select("article.cluster").eachAttr("id");
        assertEquals(List.of("fact-k1", "fact-k2"), order);
        assertEquals("✗ Contradict", doc.selectFirst("#fact-k1 .badge").text());
        assertEquals("≈ Diverge", doc.selectFirst("#fact-k2 .badge").text());
    }

    @Test
    void eachFactShowsEverySourcesWordingAndTheRelationWithItsExplanation() {
        Document doc = Jsoup.parse(render(false));
        Element k1 = doc.selectFirst("#fact-k1");
        String text = k1.text();
        assertTrue(text.contains("The Riverton bridge opened on Tuesday, the council said."));
        assertTrue(text.contains("The mayor of Riverton opened the new bridge on Monday."));
        assertTrue(text.contains("Riverton Herald") && text.contains("Valley Gazette"));
        assertTrue(text.contains("'Monday' vs 'Tuesday'"));
        assertTrue(text.contains("attributed to: the council"));
        Element k2 = doc.selectFirst("#fact-k2");
        assertTrue(k2.text().contains("'40 million' vs '30 million'") && k2.text().contains("number"));
    }

    @Test
    void numbersAndDatesInAFactsWordingAreMarkedWithTheirValue() {
        Document doc = Jsoup.parse(render(false));
        Element cost = doc.select("#fact-k2 mark").first();
        assertEquals("40 million dollars", cost.text());
        assertEquals("40,000,000 dollar", cost.attr("title"));
        Element day = doc.select("#fact-k1 mark").first();
        assertEquals("Monday", day.text());
        assertEquals("2021-03-01", day.attr("title"));
        assertTrue(doc.selectFirst("#fact-k1 .wording td div").text()
                .equals("The mayor of Riverton opened the new bridge on Monday."), "marking keeps the text whole");
        Document hostile = Jsoup.parse(render(true));
        assertTrue(hostile.select("script, img").isEmpty());
    }

    @Test
    void colourIsNeverTheOnlyCue() {
        Document doc = Jsoup.parse(render(false));
        for (Element badge : doc.select(".badge:not(.kind)")) {
            assertTrue(badge.text().matches("^[✓≈✗∼·○] \\p{L}.*"), "symbol and word: " + badge.text());
        }
        for (Element sym : doc.select(".sym")) {
            assertTrue(sym.text().matches("[✓≈✗∼·○]") && sym.hasAttr("title"), "symbol with a tooltip: " + sym.outerHtml());
        }
    }

    @Test
    void summaryUniqueClaimsFramingAndReuseAreReported() {
        Document doc = Jsoup.parse(render(false));
        String sources = doc.selectFirst("#sources").text();
        assertTrue(sources.contains("Off-topic: a3"), sources);
        assertTrue(sources.contains("Date conflict: a2 Valley Gazette: dated 2024-11-21"), sources);
        assertTrue(sources.contains("clips/empty.txt: empty file"), sources);
        assertTrue(sources.contains("comments"), "removed regions are summarized");

        String unique = doc.selectFirst("#unique").text();
        assertTrue(unique.contains("Officials reportedly expect 12,000 crossings a day."));
        assertTrue(unique.contains("A festival of kites filled the park on Sunday."));
        assertFalse(unique.contains("It cost 40 million dollars."), "a clustered claim is not unique");

        Element labelRow = doc.select("table.labels tr").stream()
                .filter(tr -> tr.text().startsWith("Mayor of Riverton")).findFirst().orElseThrow();
        assertTrue(labelRow.text().contains("The mayor of Riverton") && labelRow.text().contains("so-called mayor"));
        assertTrue(doc.selectFirst("table.categories").text().contains("75.0 / 1,000 words"));
        assertTrue(doc.selectFirst("#framing").text().contains("boondoggle ×2"));

        String reuse = doc.selectFirst("#reuse").text();
        assertTrue(reuse.contains("42%") && reuse.contains("The mayor of Riverton opened the new bridge on Monday."));
    }

    @Test
    void aClusterWithoutPairsOrWithUnknownClaimsStillRenders() {
        AnalysisResult r = SyntheticStory.result(false);
        List<org.parallax.model.Cluster> clusters = List.of(
                new org.parallax.model.Cluster("k9", null, List.of("c2", "c5", "c404"), List.of()),
                new org.parallax.model.Cluster("k8", "t", List.of("c1"), List.of(new org.parallax.model.ClaimPair(
                        "c1", "c404", null, null, 0.5, null))));
        AnalysisResult odd = new AnalysisResult(r.schema(), r.generator(), r.articles(), r.claims(), r.entities(),
                clusters, r.framing(), r.reuse(), r.story(), r.problems());
        Document doc = Jsoup.parse(HtmlReport.render(odd, DAY));
        assertTrue(doc.selectFirst("#fact-k9").text().contains("Fact k9"));
        assertTrue(doc.selectFirst("#fact-k9").text().contains("It cost 30 million dollars."));
        assertTrue(doc.selectFirst("#fact-k8").text().contains("c404"));
    }

    @Test
    void anEmptyAnalysisStillMakesAReadablePage() {
        AnalysisResult r = SyntheticStory.result(false);
        AnalysisResult empty = new AnalysisResult(r.schema(), r.generator(), r.articles().subList(0, 1), List.of(), List.of(),
                List.of(), java.util.Map.of(), List.of(), org.parallax.model.StoryFindings.none(), List.of());
        Document doc = Jsoup.parse(HtmlReport.render(empty, DAY));
        assertTrue(doc.text().contains("No claim was matched across sources."));
        assertTrue(doc.text().contains("No framing devices were found."));
    }
}
