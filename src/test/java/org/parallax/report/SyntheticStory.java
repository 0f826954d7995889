package org.parallax.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.ArticleFraming;
import org.parallax.model.AttributionType;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.DateAnomaly;
import org.parallax.model.Entity;
import org.parallax.model.EntityLabel;
import org.parallax.model.FramingItem;
import org.parallax.model.InputProblem;
import org.parallax.model.Mention;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.model.Quantity;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;
import org.parallax.model.Removal;
import org.parallax.model.Reuse;
import org.parallax.model.ReuseSpan;
import org.parallax.model.StoryFindings;
import org.parallax.model.TimeValue;
import org.parallax.story.ProvenanceGraph;
import org.parallax.story.StoryTimeline;

/**
 * A made-up story (a town bridge) filling every part of the model, so the writers are tested on
 * the full result whatever the engine yields today. {@code hostile} puts markup and CSV traps in
 * the article text, metadata and claims, as a crafted or badly saved web page would.
 */
final class SyntheticStory {
    static final String SCRIPT = "<script>alert('pwned')</script>";
    static final String IMG = "<img src=x onerror=\"alert(1)\">";
    static final String ATTRIBUTE_BREAKOUT = "Gazette\" onmouseover=\"alert(2)";
    static final String TRICKY_CSV = "Costs rose, the mayor said: \"40 million, not 30\"\nNew line, déjà vu, 橋, 🌉";
    static final String FORMULA = "=HYPERLINK(\"http://evil.invalid\",\"click\")";

    private SyntheticStory() {
    }

    static AnalysisResult result(boolean hostile) {
        String t1 = "Riverton, March 3, 2021\nThe mayor of Riverton opened the new bridge on Monday. It cost 40 million dollars.\n"
                + "Officials reportedly expect 12,000 crossings a day.\nComments: great news!\n";
        String t2 = "The Riverton bridge opened on Tuesday, the council said. It cost 30 million dollars.\n"
                + (hostile ? SCRIPT + " " + IMG + "\n" : "")
                + "The mayor of Riverton opened the new bridge on Monday.\n";
        String t3 = "A festival of kites filled the park on Sunday.\n";

        Article a1 = new Article("a1", "clips/riverton-herald.txt", "txt", "Bridge opens", "Riverton Herald",
                LocalDate.of(2021, 3, 3), "A. Writer", null, t1, List.of(),
                List.of(new Paragraph(0, 23, ParagraphKind.DATELINE), new Paragraph(24, 133, ParagraphKind.BODY)),
                List.of(new Removal(t1.indexOf("Comments:"), t1.length(), "comments")));
        Article a2 = new Article("a2", hostile ? "clips/<b>gazette</b>.html" : "clips/gazette.html", "html",
                hostile ? "Bridge " + SCRIPT : "Bridge day", hostile ? ATTRIBUTE_BREAKOUT : "Valley Gazette",
                LocalDate.of(2024, 11, 21), null, hostile ? "javascript:alert(3)" : null, t2,
                List.of("charset guessed: windows-1252"), List.of(new Paragraph(0, t2.length(), ParagraphKind.BODY)), List.of());
        Article a3 = new Article("a3", "clips/kites.md", "md", null, null, null, null, null, t3,
                List.of(), List.of(new Paragraph(0, t3.length(), ParagraphKind.BODY)), List.of());

        String c1Text = "The mayor of Riverton opened the new bridge on Monday.";
        String c2Text = "It cost 40 million dollars.";
        String c3Text = "Officials reportedly expect 12,000 crossings a day.";
        String c4Text = "The Riverton bridge opened on Tuesday, the council said.";
        String c5Text = hostile ? TRICKY_CSV : "It cost 30 million dollars.";
        String c6Text = hostile ? SCRIPT + " " + IMG : c1Text;
        String c7Text = "A festival of kites filled the park on Sunday.";
        String c8Text = hostile ? FORMULA : "The new bridge has two lanes.";
        List<Claim> claims = new ArrayList<>(List.of(
                claim("c1", "a1", c1Text, t1, List.of("e1", "e2"), null, false, List.of(), false,
                        List.of(new TimeValue("Monday", 0, 0, "DATE", "2021-03-01")), List.of()),
                claim("c2", "a1", c2Text, t1, List.of(), null, false, List.of(), false, List.of(),
                        List.of(new Quantity("40 million dollars", 0, 0, 4.0e7, "dollar"))),
                claim("c3", "a1", c3Text, t1, List.of(), null, true, List.of("reportedly"), false, List.of(),
                        List.of(new Quantity("12,000", 0, 0, 12000, null))),
                claim("c4", "a2", c4Text, t2, List.of("e2"), "the council", false, List.of(), false,
                        List.of(new TimeValue("Tuesday", 0, 0, "DATE", "XXXX-WXX-2")), List.of()),
                claim("c5", "a2", c5Text, t2, List.of(), null, false, List.of(), true, List.of(), List.of()),
                claim("c6", "a2", c6Text, t2, List.of("e1", "e2"), null, false, List.of(), false, List.of(), List.of()),
                claim("c7", "a3", c7Text, t3, List.of(), null, false, List.of(), false, List.of(), List.of()),
                claim("c8", "a2", c8Text, t2, List.of(), null, false, List.of(), false, List.of(), List.of())));

        List<Entity> entities = List.of(
                new Entity("e1", "Mayor of Riverton", "PERSON", List.of(new Mention("a1", "The mayor", 24, 33))),
                new Entity("e2", hostile ? "Riverton <i>bridge</i>" : "Riverton", "LOCATION",
                        List.of(new Mention("a1", "Riverton", 0, 8), new Mention("a2", "Riverton", 4, 12))));

        List<Cluster> clusters = List.of(
                new Cluster("k1", "The bridge opened", List.of("c1", "c4", "c6"), List.of(
                        new ClaimPair("c1", "c6", Relation.AGREE, null, 0.97, "same actor, action and day"),
                        new ClaimPair("c1", "c4", Relation.CONTRADICT, RelationKind.DATE, 0.88,
                                hostile ? "'Monday' vs 'Tuesday' " + IMG : "'Monday' vs 'Tuesday'"))),
                new Cluster("k2", hostile ? "Cost " + SCRIPT : "Cost of the bridge", List.of("c2", "c5"), List.of(
                        new ClaimPair("c2", "c5", Relation.DIVERGE, RelationKind.NUMBER, 0.74,
                                hostile ? TRICKY_CSV : "'40 million' vs '30 million'"))));

        Map<String, ArticleFraming> framing = new LinkedHashMap<>();
        framing.put("a1", new ArticleFraming(
                List.of(new FramingItem("reportedly", 0, 0, "hedge", null, null, false),
                        new FramingItem("Mayor", 24, 33, "label", "e1", "title", false)),
                List.of(new EntityLabel("e1", "The mayor of Riverton", 24, 45)), 30,
                Map.of("hedge", 1, "label", 1), Map.of("hedge", 33.3, "label", 33.3)));
        framing.put("a2", new ArticleFraming(
                List.of(new FramingItem(hostile ? "<u>boondoggle</u>" : "boondoggle", 0, 0, "loaded", null, "pejorative", false),
                        new FramingItem("boondoggle", 0, 0, "loaded", null, "pejorative", false),
                        new FramingItem("disaster", 0, 0, "loaded", null, null, true)),
                List.of(new EntityLabel("e1", hostile ? "so-called \"mayor\" " + IMG : "so-called mayor", 0, 0)), 40,
                Map.of("loaded", 3), Map.of("loaded", 75.0)));
        framing.put("a3", ArticleFraming.empty());

        List<Reuse> reuse = List.of(new Reuse("a2", "a1", 0.42, List.of(new ReuseSpan(
                t2.indexOf("The mayor"), t2.indexOf("The mayor") + c1Text.length(),
                t1.indexOf("The mayor"), t1.indexOf("The mayor") + c1Text.length()))));
        StoryFindings story = new StoryFindings(List.of("a3"),
                List.of(new DateAnomaly("a2", hostile ? "dated 2024-11-21 " + SCRIPT : "dated 2024-11-21; reports events of March 2021")));
        List<InputProblem> problems = List.of(new InputProblem(hostile ? "clips/<empty>.txt" : "clips/empty.txt", "empty file"));
        return new AnalysisResult(AnalysisResult.SCHEMA, "parallax test", List.of(a1, a2, a3), claims, entities,
                clusters, framing, reuse, story, problems, StoryTimeline.of(List.of(a1, a2, a3), claims, clusters, story),
                new ProvenanceGraph().of(List.of(a1, a2, a3), claims, clusters, reuse, Set.of("a2")));
    }

    private static Claim claim(String id, String article, String text, String articleText, List<String> entities,
                               String attribution, boolean hedged, List<String> hedges, boolean quote,
                               List<TimeValue> dates, List<Quantity> quantities) {
        int start = Math.max(0, articleText.indexOf(text));
        int end = Math.min(articleText.length(), start + text.length());
        return new Claim(id, article, text, start, end, entities, attribution,
                attribution == null ? null : AttributionType.OFFICIAL_STATEMENT, hedged, hedges, quote, dates, quantities,
                quantities.isEmpty() ? 0.4 : 0.9);
    }
}
