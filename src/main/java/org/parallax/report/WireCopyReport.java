package org.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.WireCategory;
import org.parallax.model.WireClaim;
import org.parallax.model.WireComparison;

/**
 * The wire-copy view as files: JSON for tools, CSV for a spreadsheet (one row per claim), and a
 * self-contained HTML page with the shares at the top and the two texts side by side, each claim
 * tinted by what the rewrite did with it.
 */
public final class WireCopyReport {
    public static final List<String> COLUMNS = List.of(
            "category", "claim", "source", "text", "counterpart", "counterpart_source", "counterpart_text", "explanation");

    private final AnalysisResult result;
    private final WireComparison wire;
    private final ReportIndex index;

    public WireCopyReport(AnalysisResult result, WireComparison wire) {
        this.result = result;
        this.wire = wire;
        this.index = new ReportIndex(result);
    }

    /** The symbol and word a reader sees for a category, everywhere (window, HTML, CSV header notes). */
    public static String symbol(WireCategory c) {
        return switch (c) {
            case COPIED -> "=";
            case REWORDED -> "✓";
            case CHANGED -> "≈";
            case CUT -> "−";
            case ADDED -> "+";
        };
    }

    public static String word(WireCategory c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    public void writeJson(Path file) throws IOException {
        AtomicFiles.write(file, out -> JsonReport.mapper().writerWithDefaultPrettyPrinter().writeValue(out, jsonTree()));
    }

    public void writeJson(OutputStream out) throws IOException {
        JsonReport.mapper().writerWithDefaultPrettyPrinter().writeValue(out, jsonTree());
    }

    private Map<String, Object> jsonTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("original", source(wire.original()));
        tree.put("rewrite", source(wire.rewrite()));
        Map<String, Object> shares = new LinkedHashMap<>();
        for (WireCategory c : WireCategory.values()) {
            shares.put(word(c), Math.round(wire.share(c) * 1000) / 1000.0);
        }
        tree.put("counts", wire.counts());
        tree.put("shares", shares);
        List<Map<String, Object>> claims = new ArrayList<>();
        for (WireClaim w : wire.claims()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("claim", w.claim());
            row.put("category", w.category());
            row.put("text", text(w.claim()));
            row.put("counterpart", w.counterpart());
            row.put("counterpartText", w.counterpart() == null ? null : text(w.counterpart()));
            row.put("explanation", w.explanation());
            claims.add(row);
        }
        tree.put("claims", claims);
        return tree;
    }

    private Map<String, Object> source(String articleId) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", articleId);
        s.put("name", index.sourceName(articleId));
        s.put("published", index.article(articleId).map(Article::published).orElse(null));
        s.put("path", index.article(articleId).map(Article::path).orElse(null));
        return s;
    }

    public void writeCsv(Path file, CsvReport.Bom bom) throws IOException {
        AtomicFiles.write(file, out -> writeCsv(out, bom));
    }

    public void writeCsv(OutputStream out, CsvReport.Bom bom) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (WireClaim w : wire.claims()) {
            rows.add(List.of(word(w.category()), w.claim(), articleOf(w.claim()), text(w.claim()),
                    w.counterpart() == null ? "" : w.counterpart(),
                    w.counterpart() == null ? "" : articleOf(w.counterpart()),
                    w.counterpart() == null ? "" : text(w.counterpart()), w.explanation()));
        }
        CsvReport.print(out, bom, COLUMNS, rows);
    }

    public void writeHtml(Path file) throws IOException {
        AtomicFiles.write(file, this::writeHtml);
    }

    public void writeHtml(OutputStream out) throws IOException {
        out.write(html().getBytes(StandardCharsets.UTF_8));
    }

    /** The page as a string. */
    public String html() {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.xhtml).prettyPrint(true);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "en");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        String title = "What " + index.sourceName(wire.rewrite()) + " took from " + index.sourceName(wire.original());
        doc.head().appendElement("title").text("Parallax wire copy: " + title);
        doc.head().appendElement("style").appendChild(new DataNode(HtmlReport.CSS));
        Element main = doc.body().appendElement("main");
        Element header = main.appendElement("header");
        header.appendElement("div").addClass("eyebrow").text("Parallax · wire copy");
        header.appendElement("h1").text(title);
        header.appendElement("p").addClass("meta").text("Original: " + label(wire.original()) + " · rewrite: "
                + label(wire.rewrite()) + " · generated by " + result.generator());
        Element stats = header.appendElement("div").addClass("stats");
        Map<WireCategory, Integer> counts = wire.counts();
        for (WireCategory c : WireCategory.values()) {
            Element stat = stats.appendElement("div").addClass("stat").addClass("w-" + word(c));
            stat.appendElement("span").addClass("n").text(Math.round(wire.share(c) * 100) + "%");
            stat.appendElement("span").addClass("what").text(symbol(c) + " " + word(c) + " (" + counts.get(c)
                    + (c == WireCategory.ADDED ? " of the rewrite's claims)" : " of the original's claims)"));
        }
        Element texts = main.appendElement("section").addClass("wire-texts");
        tinted(texts.appendElement("div"), wire.original());
        tinted(texts.appendElement("div"), wire.rewrite());
        Element table = main.appendElement("section").appendElement("table").addClass("wire");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("", "Original", "Rewrite", "Note")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (WireClaim w : wire.claims()) {
            Element tr = body.appendElement("tr").addClass("w-" + word(w.category()));
            tr.appendElement("td").text(symbol(w.category()) + " " + word(w.category()));
            boolean added = w.category() == WireCategory.ADDED;
            tr.appendElement("td").text(added ? "" : text(w.claim()));
            tr.appendElement("td").text(added ? text(w.claim()) : w.counterpart() == null ? "" : text(w.counterpart()));
            tr.appendElement("td").text(w.explanation());
        }
        return doc.outerHtml();
    }

    /** One article's body text with each claim of the view tinted by its category. */
    private void tinted(Element column, String articleId) {
        column.appendElement("h2").text(label(articleId));
        Element text = column.appendElement("div").addClass("text");
        String body = index.article(articleId).map(Article::text).orElse("");
        Map<String, WireCategory> category = wire.categoryByClaim();
        List<Claim> claims = result.claims().stream().filter(c -> c.article().equals(articleId) && category.containsKey(c.id()))
                .sorted(Comparator.comparingInt(Claim::start)).toList();
        int at = 0;
        for (Claim c : claims) {
            if (c.start() < at || c.end() > body.length()) {
                continue;
            }
            text.appendText(body.substring(at, c.start()));
            WireCategory w = category.get(c.id());
            text.appendElement("span").addClass("w-" + word(w)).attr("title", word(w)).text(body.substring(c.start(), c.end()));
            at = c.end();
        }
        text.appendText(body.substring(Math.min(at, body.length())));
    }

    private String label(String articleId) {
        return articleId + " " + index.sourceName(articleId)
                + index.article(articleId).map(a -> a.published() == null ? "" : " (" + a.published() + ")").orElse("");
    }

    private String text(String claimId) {
        return index.claim(claimId).map(Claim::text).orElse(claimId);
    }

    private String articleOf(String claimId) {
        return index.claim(claimId).map(Claim::article).orElse("");
    }
}
