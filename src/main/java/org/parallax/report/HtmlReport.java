package org.parallax.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.DateAnomaly;
import org.parallax.model.EntityLabel;
import org.parallax.model.FramingItem;
import org.parallax.model.InputProblem;
import org.parallax.model.LikelySource;
import org.parallax.model.Provenance;
import org.parallax.model.Quantity;
import org.parallax.model.Relation;
import org.parallax.model.Reuse;
import org.parallax.model.ReuseSpan;
import org.parallax.model.TimeValue;
import org.parallax.model.Timeline;
import org.parallax.model.TimelineChange;
import org.parallax.model.TimelineFact;
import org.parallax.model.TimelineReport;

/**
 * The HTML report: one self-contained file a fact-checker can attach to a write-up or print. The
 * stylesheet is inlined; the page loads nothing (no scripts, fonts, images or links out), so it
 * reads the same offline and on paper.
 *
 * <p>The page is built as a jsoup document: every piece of article text goes in as a text node or
 * an attribute value, which jsoup escapes on output, so markup in an article ({@code <script>},
 * {@code onerror=}) shows as text and can never run. No string from the analysis is ever parsed as HTML.
 */
public final class HtmlReport {
    static final String CSS = loadCss();
    /** Longest passage of shared text quoted in the reuse section. */
    private static final int MAX_EXCERPT = 280;
    /** Shared passages quoted per pair of articles. */
    private static final int MAX_PASSAGES = 3;

    private final ReportIndex index;
    private final AnalysisResult result;
    private final LocalDate generatedOn;

    private HtmlReport(AnalysisResult result, LocalDate generatedOn) {
        this.result = result;
        this.index = new ReportIndex(result);
        this.generatedOn = generatedOn;
    }

    public static void write(AnalysisResult result, Path file) throws IOException {
        String html = render(result, LocalDate.now());
        AtomicFiles.write(file, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(AnalysisResult result, OutputStream out) throws IOException {
        out.write(render(result, LocalDate.now()).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The whole page as a string, UTF-8 text. */
    public static String render(AnalysisResult result, LocalDate generatedOn) {
        return new HtmlReport(result, generatedOn).document().outerHtml();
    }

    private Document document() {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.xhtml).prettyPrint(true);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", Objects.toString(result.generator(), "parallax"));
        head.appendElement("title").text("Parallax report: " + storyTitle());
        head.appendElement("style").appendChild(new DataNode(CSS));

        Element main = doc.body().appendElement("main");
        masthead(main);
        sources(main.appendElement("section").id("sources"));
        matrix(main.appendElement("section").id("matrix"));
        clusters(main.appendElement("section").id("clusters"));
        unique(main.appendElement("section").id("unique"));
        timeline(main.appendElement("section").id("timeline"));
        framing(main.appendElement("section").id("framing"));
        reuse(main.appendElement("section").id("reuse"));
        footer(main.appendElement("footer"));
        return doc;
    }

    // ---- masthead and summary ----------------------------------------------------------------

    private String storyTitle() {
        int n = result.articles().size();
        return n + (n == 1 ? " source" : " sources") + " compared claim by claim";
    }

    private void masthead(Element main) {
        Element header = main.appendElement("header");
        header.appendElement("div").addClass("eyebrow").text("Parallax · story comparison");
        header.appendElement("h1").text(storyTitle());
        header.appendElement("p").addClass("meta").text("Generated " + generatedOn + " by "
                + Objects.toString(result.generator(), "parallax") + " · report format " + result.schema());

        Map<Relation, Integer> pairs = index.pairCounts();
        long unique = result.articles().stream().mapToLong(a -> index.uniqueClaims(a.id()).size()).sum();
        Element stats = header.appendElement("div").addClass("stats");
        stat(stats, "", result.articles().size(), "sources");
        stat(stats, "", result.claims().size(), "claims");
        stat(stats, "", result.clusters().size(), "facts told by several sources");
        stat(stats, "contradict", pairs.get(Relation.CONTRADICT), "✗ contradictions");
        stat(stats, "diverge", pairs.get(Relation.DIVERGE), "≈ divergences");
        stat(stats, "agree", pairs.get(Relation.AGREE), "✓ agreements");
        stat(stats, "unique", unique, "○ claims only one source makes");

        Element legend = header.appendElement("div").addClass("legend");
        for (RelationStyle s : List.of(RelationStyle.AGREE, RelationStyle.DIVERGE, RelationStyle.CONTRADICT,
                RelationStyle.RELATED, RelationStyle.UNIQUE)) {
            badge(legend, s);
        }
        legend.appendElement("span").text("Pair counts are per pair of claims; a fact told by three sources has three pairs.");

        Element toc = main.appendElement("nav").addClass("toc");
        toc.appendElement("a").attr("href", "#sources").text("Sources & findings");
        toc.appendElement("a").attr("href", "#matrix").text("Overview");
        toc.appendElement("a").attr("href", "#clusters").text("Shared facts");
        toc.appendElement("a").attr("href", "#unique").text("Only one source");
        toc.appendElement("a").attr("href", "#timeline").text("Timeline");
        toc.appendElement("a").attr("href", "#framing").text("Framing");
        toc.appendElement("a").attr("href", "#reuse").text("Shared text");
    }

    private static void stat(Element parent, String cssClass, Number n, String what) {
        Element stat = parent.appendElement("div").addClass("stat");
        if (!cssClass.isEmpty()) {
            stat.addClass(cssClass);
        }
        stat.appendElement("span").addClass("n").text(String.valueOf(n));
        stat.appendElement("span").addClass("what").text(what);
    }

    private void sources(Element section) {
        section.appendElement("h2").text("Sources and story findings");
        Element table = section.appendElement("table").addClass("sources");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Source", "Outlet", "Title", "Published", "Claims", "Kept out of the analysis", "Findings")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Article a : result.articles()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").appendElement("span").addClass("id").attr("title", a.path()).text(a.id());
            Element outlet = tr.appendElement("td");
            outlet.text(ReportIndex.notBlank(a.outlet()) ? a.outlet() : "unknown outlet");
            if (!ReportIndex.notBlank(a.outlet())) {
                outlet.addClass("muted");
            }
            Element title = tr.appendElement("td");
            if (ReportIndex.notBlank(a.title())) {
                title.appendElement("div").text(a.title());
            }
            Element fileLine = title.appendElement("div").addClass("muted").text(a.fileName());
            if (ReportIndex.notBlank(a.url())) {
                // Shown as text, never as a link: the report makes no request, and the reader sees where it came from.
                fileLine.appendText(" · " + a.url());
            }
            for (String note : a.notes()) {
                title.appendElement("div").addClass("muted").text("Note: " + note);
            }
            tr.appendElement("td").text(a.published() == null ? "no date" : a.published().toString());
            tr.appendElement("td").addClass("num").text(String.valueOf(index.countClaims(a.id())));
            tr.appendElement("td").text(removedSummary(a));
            Element findings = tr.appendElement("td");
            if (index.offTopic(a.id())) {
                findings.appendElement("span").addClass("flag").text("⚠ off-topic");
            }
            for (DateAnomaly d : index.dateAnomalies(a.id())) {
                findings.appendElement("span").addClass("flag").attr("title", nullToEmpty(d.note())).text("⚠ misdated");
            }
        }

        List<String> offTopic = result.story() == null ? List.of() : result.story().offTopic();
        List<DateAnomaly> anomalies = result.story() == null ? List.of() : result.story().dateAnomalies();
        for (String id : offTopic) {
            section.appendElement("div").addClass("finding")
                    .text("⚠ Off-topic: " + label(id) + " reports a different event from the other sources.");
        }
        for (DateAnomaly d : anomalies) {
            section.appendElement("div").addClass("finding")
                    .text("⚠ Date conflict: " + label(d.article()) + ": " + nullToEmpty(d.note()));
        }
        if (offTopic.isEmpty() && anomalies.isEmpty()) {
            section.appendElement("div").addClass("finding ok")
                    .text("✓ No off-topic or misdated source was found.");
        }
        for (InputProblem p : result.problems()) {
            section.appendElement("div").addClass("finding problem")
                    .text("✗ Not read: " + p.path() + ": " + p.reason());
        }
    }

    private static String removedSummary(Article a) {
        if (a.removed().isEmpty()) {
            return "nothing";
        }
        Map<String, Integer> byReason = new LinkedHashMap<>();
        for (var r : a.removed()) {
            byReason.merge(nullToEmpty(r.reason()), 1, Integer::sum);
        }
        return byReason.entrySet().stream()
                .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    // ---- overview matrix ---------------------------------------------------------------------

    private void matrix(Element section) {
        section.appendElement("h2").text("Overview: which source says what");
        List<Cluster> clusters = index.clustersMostTellingFirst();
        if (clusters.isEmpty()) {
            section.appendElement("p").addClass("empty").text("No fact was found in more than one source.");
            return;
        }
        section.appendElement("p").addClass("intro").text("One row per fact reported by several sources, "
                + "contradictions first. Each mark is the most telling relation of that source's wording to the others.");
        Element table = section.appendElement("table").addClass("matrix");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Fact");
        for (Article a : result.articles()) {
            Element th = head.appendElement("th").addClass("c").attr("title", index.sourceName(a.id()));
            th.appendElement("span").addClass("id").text(a.id());
            th.appendElement("div").addClass("source-name").text(ReportIndex.shorten(index.sourceName(a.id()), 18));
        }
        Element body = table.appendElement("tbody");
        for (Cluster c : clusters) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").appendElement("a").attr("href", "#" + anchor(c)).text(topic(c));
            for (Article a : result.articles()) {
                Element td = tr.appendElement("td").addClass("c");
                List<Claim> claims = index.claimsOf(c, a.id());
                if (claims.isEmpty()) {
                    td.appendElement("span").addClass("sym none").attr("title", "not reported").text("·");
                } else {
                    RelationStyle s = RelationStyle.of(claims.stream()
                            .flatMap(cl -> ReportIndex.relationOf(c, cl.id()).stream())
                            .min(Comparator.comparingInt(ReportIndex::rank)).orElse(null));
                    td.appendElement("span").addClass("sym " + s.cssClass).attr("title", s.word).text(s.symbol);
                }
            }
        }
    }

    // ---- clusters ----------------------------------------------------------------------------

    private void clusters(Element section) {
        section.appendElement("h2").text("Facts told by several sources");
        List<Cluster> clusters = index.clustersMostTellingFirst();
        if (clusters.isEmpty()) {
            section.appendElement("p").addClass("empty").text("No claim was matched across sources.");
            return;
        }
        for (Cluster c : clusters) {
            RelationStyle headline = ReportIndex.headline(c).map(RelationStyle::of).orElse(RelationStyle.UNRELATED);
            Element card = section.appendElement("article").addClass("cluster").addClass(headline.cssClass).id(anchor(c));
            Element header = card.appendElement("header");
            badge(header, headline);
            header.appendElement("h3").text(topic(c));
            List<String> sources = index.sourcesOf(c);
            header.appendElement("span").addClass("id").text(c.id() + " · " + sources.size()
                    + (sources.size() == 1 ? " source" : " sources"));

            Element table = card.appendElement("table").addClass("wording");
            Element body = table.appendElement("tbody");
            for (String articleId : sources) {
                for (Claim claim : index.claimsOf(c, articleId)) {
                    Element tr = body.appendElement("tr");
                    Element th = tr.appendElement("th");
                    th.appendElement("span").addClass("id").text(articleId + " ");
                    th.appendText(index.sourceName(articleId));
                    Element td = tr.appendElement("td");
                    wording(td.appendElement("div"), claim);
                    claimMeta(td, claim);
                    RelationStyle own = ReportIndex.relationOf(c, claim.id()).map(RelationStyle::of).orElse(RelationStyle.UNRELATED);
                    tr.appendElement("td").addClass("rel").appendElement("span").addClass("sym " + own.cssClass)
                            .attr("title", own.word).text(own.symbol);
                }
            }

            List<ClaimPair> pairs = ReportIndex.pairsMostTellingFirst(c);
            if (!pairs.isEmpty()) {
                Element ul = card.appendElement("ul").addClass("pairs");
                for (ClaimPair p : pairs) {
                    Element li = ul.appendElement("li");
                    badge(li, RelationStyle.of(p.relation()));
                    if (p.kind() != null) {
                        li.appendText(" ");
                        li.appendElement("span").addClass("badge kind").text(p.kind().name().toLowerCase(Locale.ROOT));
                    }
                    li.appendElement("span").addClass("who").text(pairLabel(p.a()) + " ↔ " + pairLabel(p.b()));
                    li.appendText(nullToEmpty(p.explanation()));
                    li.appendElement("span").addClass("score").text(String.format(Locale.ROOT, "score %.2f", p.score()));
                }
            }
        }
    }

    /**
     * The claim's text with its numbers and dates marked, so the words a comparison turns on
     * stand out; each mark's tooltip holds the normalized value.
     */
    static void wording(Element parent, Claim claim) {
        String text = nullToEmpty(claim.text());
        List<Mark> marks = new ArrayList<>();
        for (Quantity q : claim.quantities()) {
            locate(text, claim.start(), q.text(), q.start(),
                    formatNumber(q.value()) + (ReportIndex.notBlank(q.unit()) ? " " + q.unit() : "")).ifPresent(marks::add);
        }
        for (TimeValue t : claim.dates()) {
            locate(text, claim.start(), t.text(), t.start(), nullToEmpty(t.value())).ifPresent(marks::add);
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        int at = 0;
        for (Mark m : marks) {
            if (m.start() < at) {
                continue; // overlaps a mark already placed
            }
            parent.appendText(text.substring(at, m.start()));
            Element mark = parent.appendElement("mark").text(text.substring(m.start(), m.end()));
            if (!m.tip().isEmpty()) {
                mark.attr("title", m.tip());
            }
            at = m.end();
        }
        parent.appendText(text.substring(at));
    }

    /** Words of a claim to mark, as offsets into the claim text, with the normalized value. */
    private record Mark(int start, int end, String tip) {
    }

    /** Finds a value's words in the claim text: at its offset when the text is verbatim, else by search. */
    private static Optional<Mark> locate(String text, int claimStart, String words, int start, String tip) {
        if (!ReportIndex.notBlank(words)) {
            return Optional.empty();
        }
        int rel = start - claimStart;
        int at = rel >= 0 && text.startsWith(words, rel) ? rel : text.indexOf(words);
        return at < 0 ? Optional.empty() : Optional.of(new Mark(at, at + words.length(), tip));
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.2f", v);
    }

    private String pairLabel(String claimId) {
        String article = index.articleOf(claimId);
        return article.isEmpty() ? claimId : index.sourceName(article) + " (" + claimId + ")";
    }

    private static void claimMeta(Element parent, Claim claim) {
        List<String> parts = new ArrayList<>();
        if (ReportIndex.notBlank(claim.attribution())) {
            parts.add("attributed to: " + claim.attribution());
        }
        if (claim.hedged()) {
            parts.add(claim.hedges().isEmpty() ? "hedged" : "hedged: " + String.join(", ", claim.hedges()));
        }
        if (claim.quote()) {
            parts.add("direct quote");
        }
        if (parts.isEmpty()) {
            return;
        }
        Element meta = parent.appendElement("div").addClass("claim-meta");
        for (String part : parts) {
            meta.appendElement("span").text(part);
        }
    }

    // ---- unique claims -----------------------------------------------------------------------

    private void unique(Element section) {
        section.appendElement("h2").text("○ Claims only one source makes");
        section.appendElement("p").addClass("intro").text("What each source reports that no other source in the set does: "
                + "its own reporting, an omission by the others, or a claim to check.");
        for (Article a : result.articles()) {
            List<Claim> claims = index.uniqueClaims(a.id());
            Element details = section.appendElement("details").attr("open", true);
            details.appendElement("summary").text(label(a.id()) + " · " + claims.size()
                    + (claims.size() == 1 ? " claim" : " claims") + (index.offTopic(a.id()) ? " · off-topic" : ""));
            if (claims.isEmpty()) {
                details.appendElement("p").addClass("empty").text("Every claim of this source is also told by another.");
                continue;
            }
            Element ol = details.appendElement("ol").addClass("claims");
            for (Claim c : claims) {
                Element li = ol.appendElement("li");
                li.appendElement("span").text(nullToEmpty(c.text()));
                claimMeta(li, c);
            }
        }
    }

    // ---- framing -----------------------------------------------------------------------------

    private void framing(Element section) {
        section.appendElement("h2").text("Framing");
        Map<String, ArticleFraming> framing = result.framing();
        boolean any = framing.values().stream().anyMatch(f -> !f.items().isEmpty() || !f.labels().isEmpty());
        if (!any) {
            section.appendElement("p").addClass("empty").text("No framing devices were found.");
            return;
        }
        labels(section, framing);
        categories(section, framing);
        terms(section, framing);
    }

    /** Entity × source: how each source names the same person or body. */
    private void labels(Element section, Map<String, ArticleFraming> framing) {
        Map<String, Map<String, Set<String>>> byEntity = new LinkedHashMap<>();
        for (Article a : result.articles()) {
            ArticleFraming f = framing.get(a.id());
            if (f == null) {
                continue;
            }
            for (EntityLabel l : f.labels()) {
                byEntity.computeIfAbsent(nullToEmpty(l.entity()), k -> new LinkedHashMap<>())
                        .computeIfAbsent(a.id(), k -> new LinkedHashSet<>()).add(l.text());
            }
        }
        section.appendElement("h3").text("How each source names the same entity");
        if (byEntity.isEmpty()) {
            section.appendElement("p").addClass("empty").text("No entity labels were found.");
            return;
        }
        Element table = section.appendElement("table").addClass("labels");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Entity");
        for (Article a : result.articles()) {
            head.appendElement("th").text(label(a.id()));
        }
        Element body = table.appendElement("tbody");
        for (var e : byEntity.entrySet()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").text(index.entityName(e.getKey()));
            for (Article a : result.articles()) {
                Set<String> texts = e.getValue().getOrDefault(a.id(), Set.of());
                Element td = tr.appendElement("td");
                if (texts.isEmpty()) {
                    td.addClass("muted").text("—");
                }
                for (String t : texts) {
                    td.appendElement("div").text(t);
                }
            }
        }
    }

    /** Category × source: counts and rates per 1,000 words, so long and short articles compare fairly. */
    private void categories(Element section, Map<String, ArticleFraming> framing) {
        Set<String> categories = new TreeSet<>();
        framing.values().forEach(f -> categories.addAll(f.counts().keySet()));
        framing.values().forEach(f -> f.items().forEach(i -> categories.add(nullToEmpty(i.category()))));
        section.appendElement("h3").text("Framing devices per source");
        Element table = section.appendElement("table").addClass("categories");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Device");
        for (Article a : result.articles()) {
            head.appendElement("th").addClass("num").text(label(a.id()));
        }
        Element body = table.appendElement("tbody");
        for (String category : categories) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").text(category);
            for (Article a : result.articles()) {
                ArticleFraming f = framing.getOrDefault(a.id(), ArticleFraming.empty());
                int count = f.counts().getOrDefault(category,
                        (int) f.items().stream().filter(i -> category.equals(i.category())).count());
                Double rate = f.ratesPer1000().get(category);
                Element td = tr.appendElement("td").addClass("num").text(String.valueOf(count));
                if (rate != null) {
                    td.appendElement("div").addClass("muted").text(String.format(Locale.ROOT, "%.1f / 1,000 words", rate));
                }
            }
        }
        Element words = body.appendElement("tr");
        words.appendElement("th").addClass("muted").text("words");
        for (Article a : result.articles()) {
            words.appendElement("td").addClass("num muted").text(String.valueOf(framing.getOrDefault(a.id(), ArticleFraming.empty()).words()));
        }
    }

    /** The loaded words and other devices of each source, grouped by category. */
    private void terms(Element section, Map<String, ArticleFraming> framing) {
        section.appendElement("h3").text("Loaded terms per source");
        section.appendElement("p").addClass("intro").text("Dotted terms stand inside a direct quote: the speaker's words, not the outlet's.");
        for (Article a : result.articles()) {
            ArticleFraming f = framing.get(a.id());
            if (f == null || f.items().isEmpty()) {
                continue;
            }
            Element details = section.appendElement("details").attr("open", true);
            details.appendElement("summary").text(label(a.id()) + " · " + f.items().size()
                    + (f.items().size() == 1 ? " term" : " terms"));
            Map<String, Map<String, List<FramingItem>>> byCategory = new LinkedHashMap<>();
            for (FramingItem i : f.items()) {
                byCategory.computeIfAbsent(nullToEmpty(i.category()), k -> new LinkedHashMap<>())
                        .computeIfAbsent(nullToEmpty(i.text()).toLowerCase(Locale.ROOT) + (i.quoted() ? "\u0000q" : ""),
                                k -> new ArrayList<>()).add(i);
            }
            Element table = details.appendElement("table");
            for (var cat : byCategory.entrySet()) {
                Element tr = table.appendElement("tr");
                tr.appendElement("th").text(cat.getKey());
                Element td = tr.appendElement("td");
                for (List<FramingItem> same : cat.getValue().values()) {
                    FramingItem first = same.get(0);
                    Element term = td.appendElement("span").addClass("term")
                            .text(first.text() + (same.size() > 1 ? " ×" + same.size() : ""));
                    String note = ReportIndex.notBlank(first.note()) ? first.note() : "";
                    if (first.quoted()) {
                        term.addClass("quoted");
                        note = note.isEmpty() ? "inside a quote" : note + " (inside a quote)";
                    }
                    if (!note.isEmpty()) {
                        term.attr("title", note);
                    }
                }
            }
        }
    }

    // ---- reuse -------------------------------------------------------------------------------

    // ---- timeline ----------------------------------------------------------------------------

    private void timeline(Element section) {
        section.appendElement("h2").text("Timeline: who reported what, and when");
        Timeline t = result.timeline();
        Element summary = section.appendElement("p").addClass("intro");
        if (t.from() == null) {
            summary.text("No source is dated: give each source its date (corpus.json, or the Sources pane of the window) "
                    + "to see which reported each fact first and which later reports changed it.");
        } else {
            long days = ChronoUnit.DAYS.between(t.from(), t.to());
            StringBuilder text = new StringBuilder("Coverage from " + t.from() + " to " + t.to() + " (" + days
                    + (days == 1 ? " day" : " days") + "). ");
            if (!t.firsts().isEmpty()) {
                text.append("First to report: ").append(t.firsts().entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> label(e.getKey()) + " (" + e.getValue() + (e.getValue() == 1 ? " fact)" : " facts)"))
                        .collect(Collectors.joining(", "))).append(". ");
            }
            text.append(t.superseded().size()).append(t.superseded().size() == 1 ? " fact" : " facts")
                    .append(" told differently by a later report.");
            summary.text(text.toString());
        }
        if (!t.undated().isEmpty()) {
            section.appendElement("div").addClass("finding").text("Undated, so not placed in time: "
                    + t.undated().stream().map(this::label).collect(Collectors.joining(", ")) + ".");
        }
        if (!t.misdated().isEmpty()) {
            section.appendElement("div").addClass("finding").text("Dated against what they report (see the story "
                    + "findings), so no change over time is read from them: "
                    + t.misdated().stream().map(this::label).collect(Collectors.joining(", ")) + ".");
        }
        if (t.facts().isEmpty()) {
            section.appendElement("p").addClass("empty").text("No fact was judged the same in two sources.");
            return;
        }
        Element table = section.appendElement("table").addClass("timeline");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Fact", "Reports, earliest first", "Changed later")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (TimelineFact f : t.facts()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").text(ReportIndex.notBlank(f.topic()) ? f.topic() : f.id());
            Element reports = tr.appendElement("td");
            for (TimelineReport r : f.reports()) {
                Element line = reports.appendElement("div");
                line.appendElement("span").addClass("num").text(r.published() == null ? "undated" : r.published().toString());
                line.appendText(" " + label(r.article()) + (r.first() ? " · first" : "")
                        + (r.eventDate() == null ? "" : " · names " + r.eventDate()) + ": ");
                line.appendElement("q").text(index.claim(r.claim()).map(Claim::text).orElse(r.claim()));
            }
            Element changes = tr.appendElement("td");
            for (TimelineChange c : f.changes()) {
                RelationStyle style = RelationStyle.of(c.relation());
                Element line = changes.appendElement("div");
                line.appendElement("span").addClass("sym " + style.cssClass).text(style.symbol);
                String earlier = sourceOf(c.earlier());
                String later = sourceOf(c.later());
                line.appendText(" " + label(later) + ", published " + c.daysLater() + (c.daysLater() == 1 ? " day" : " days")
                        + " after " + label(earlier) + ": " + c.explanation() + " (A: "
                        + label(c.earlierIsA() ? earlier : later) + ", B: " + label(c.earlierIsA() ? later : earlier) + ")");
            }
        }
    }

    private String sourceOf(String claimId) {
        return index.claim(claimId).map(Claim::article).orElse(claimId);
    }

    private void reuse(Element section) {
        section.appendElement("h2").text("Shared text between sources");
        if (result.reuse().isEmpty()) {
            section.appendElement("p").addClass("empty").text("No source repeats another's text nearly verbatim.");
            return;
        }
        section.appendElement("p").addClass("intro").text("Share of the first source's body text that also stands, "
                + "nearly verbatim, in the second: wire copy or one outlet rewriting another.");
        Provenance provenance = result.provenance();
        for (LikelySource l : provenance.likelySources()) {
            section.appendElement("div").addClass("finding")
                    .text(label(l.article()) + " likely took from " + label(l.source()) + ": " + l.evidence() + ".");
        }
        if (provenance.proposedOriginal() != null) {
            section.appendElement("div").addClass("finding")
                    .text("Proposed wire original (the source the most others took text from): "
                            + label(provenance.proposedOriginal()) + ".");
        }
        Element table = section.appendElement("table").addClass("reuse");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Source", "Also in", "Share", "Shared passages")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        List<Reuse> sorted = result.reuse().stream().sorted(Comparator.comparingDouble(Reuse::share).reversed()).toList();
        for (Reuse r : sorted) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").text(label(r.a()));
            tr.appendElement("td").text(label(r.b()));
            Element share = tr.appendElement("td").addClass("num");
            long percent = Math.round(Math.max(0, Math.min(1, r.share())) * 100);
            share.appendElement("span").addClass("bar").attr("style", "width:" + Math.max(1, percent) + "px");
            share.appendText(percent + "%");
            Element passages = tr.appendElement("td");
            String text = index.article(r.a()).map(Article::text).orElse("");
            for (ReuseSpan s : r.spans().stream().limit(MAX_PASSAGES).toList()) {
                passages.appendElement("blockquote").text(excerpt(text, s.aStart(), s.aEnd()));
            }
            if (r.spans().size() > MAX_PASSAGES) {
                passages.appendElement("div").addClass("muted").text("and " + (r.spans().size() - MAX_PASSAGES) + " more");
            }
        }
    }

    /** A slice of article text, clamped to the text and shortened to a readable length. */
    static String excerpt(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        String slice = text.substring(s, e).replaceAll("\\s+", " ").strip();
        return slice.length() <= MAX_EXCERPT ? slice : slice.substring(0, MAX_EXCERPT).strip() + " …";
    }

    // ---- shared bits -------------------------------------------------------------------------

    private void footer(Element footer) {
        footer.appendElement("p").text("Made with " + Objects.toString(result.generator(), "parallax")
                + ", which runs entirely on the reader's machine. Relations are machine findings to check, not verdicts: "
                + "each comes with the sentence that justifies it.");
        footer.appendElement("p").text("The same analysis is available as JSON (format " + result.schema()
                + ") and CSV; claim ids (c…) and source ids (a…) match across the three.");
    }

    private String label(String articleId) {
        return articleId + " " + index.sourceName(articleId);
    }

    private static String topic(Cluster c) {
        return ReportIndex.notBlank(c.topic()) ? c.topic() : "Fact " + c.id();
    }

    private static String anchor(Cluster c) {
        return "fact-" + c.id();
    }

    private static void badge(Element parent, RelationStyle s) {
        parent.appendElement("span").addClass("badge").addClass(s.cssClass).text(s.badge());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
