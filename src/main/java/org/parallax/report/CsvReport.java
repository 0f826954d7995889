package org.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.Quantity;
import org.parallax.model.Relation;
import org.parallax.model.TimeValue;

/**
 * The spreadsheet exports: one row per claim pair (what two sources say about one fact and how it
 * relates) and one row per claim. RFC 4180: comma-separated, CRLF line ends, fields with commas,
 * quotes or line breaks in double quotes; UTF-8, with an optional byte-order mark so that Excel
 * reads the accents right.
 *
 * <p>A cell that starts with {@code = + - @} or a tab would run as a formula when a spreadsheet
 * opens the file (CSV injection); article text is untrusted, so such a cell gets a leading
 * apostrophe, as OWASP recommends. Every other cell reads back exactly as written.
 */
public final class CsvReport {
    /** Whether to start the file with a UTF-8 byte-order mark (for spreadsheet programs). */
    public enum Bom { NONE, UTF8_BOM }

    public static final List<String> PAIR_COLUMNS = List.of(
            "cluster", "topic", "relation", "kind", "score",
            "source_a", "outlet_a", "claim_a", "text_a",
            "source_b", "outlet_b", "claim_b", "text_b", "explanation");

    public static final List<String> CLAIM_COLUMNS = List.of(
            "claim", "source", "outlet", "published", "cluster", "relation", "text", "start", "end",
            "entities", "attribution", "attribution_type", "hedges", "quote", "dates", "quantities", "checkworthiness");

    /** The relation column of a claim that no other source carries. */
    public static final String UNIQUE = "UNIQUE";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final String LIST_SEPARATOR = "; ";

    private CsvReport() {
    }

    /** One row per claim pair, contradictions first. */
    public static void writePairs(AnalysisResult result, Path file, Bom bom) throws IOException {
        AtomicFiles.write(file, out -> writePairs(result, out, bom));
    }

    /** One row per claim, in article order. */
    public static void writeClaims(AnalysisResult result, Path file, Bom bom) throws IOException {
        AtomicFiles.write(file, out -> writeClaims(result, out, bom));
    }

    public static void writePairs(AnalysisResult result, OutputStream out, Bom bom) throws IOException {
        ReportIndex index = new ReportIndex(result);
        List<List<Object>> rows = new ArrayList<>();
        for (Cluster c : index.clustersMostTellingFirst()) {
            for (ClaimPair p : ReportIndex.pairsMostTellingFirst(c)) {
                Claim a = index.claim(p.a()).orElse(null);
                Claim b = index.claim(p.b()).orElse(null);
                rows.add(List.of(
                        c.id(), nullToEmpty(c.topic()), name(p.relation()), name(p.kind()),
                        String.format(Locale.ROOT, "%.2f", p.score()),
                        source(a), outlet(index, a), p.a(), a == null ? "" : a.text(),
                        source(b), outlet(index, b), p.b(), b == null ? "" : b.text(),
                        nullToEmpty(p.explanation())));
            }
        }
        print(out, bom, PAIR_COLUMNS, rows);
    }

    public static void writeClaims(AnalysisResult result, OutputStream out, Bom bom) throws IOException {
        ReportIndex index = new ReportIndex(result);
        List<List<Object>> rows = new ArrayList<>();
        for (Claim c : result.claims()) {
            Cluster cluster = index.clusterOf(c.id()).orElse(null);
            String relation = cluster == null ? UNIQUE
                    : ReportIndex.relationOf(cluster, c.id()).map(Relation::name).orElse("");
            Article article = index.article(c.article()).orElse(null);
            rows.add(List.of(
                    c.id(), nullToEmpty(c.article()), outlet(index, c),
                    article == null || article.published() == null ? "" : article.published().toString(),
                    cluster == null ? "" : cluster.id(), relation, nullToEmpty(c.text()), c.start(), c.end(),
                    ReportIndex.distinct(c.entities()).stream().map(index::entityName).collect(Collectors.joining(LIST_SEPARATOR)),
                    nullToEmpty(c.attribution()), name(c.attributionType()),
                    String.join(LIST_SEPARATOR, c.hedges()), Boolean.toString(c.quote()),
                    c.dates().stream().map(CsvReport::date).collect(Collectors.joining(LIST_SEPARATOR)),
                    c.quantities().stream().map(CsvReport::quantity).collect(Collectors.joining(LIST_SEPARATOR)),
                    String.format(java.util.Locale.ROOT, "%.3f", c.checkworthiness())));
        }
        print(out, bom, CLAIM_COLUMNS, rows);
    }

    static void print(OutputStream out, Bom bom, List<String> header, List<List<Object>> rows) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (bom == Bom.UTF8_BOM) {
            w.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(w, FORMAT);
        printer.printRecord(header);
        for (List<Object> row : rows) {
            printer.printRecord(row.stream().map(CsvReport::cell).toList());
        }
        printer.flush();
    }

    /** Text cells that a spreadsheet would run as a formula get a leading apostrophe. */
    static Object cell(Object value) {
        if (value instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return value;
    }

    private static String source(Claim c) {
        return c == null ? "" : nullToEmpty(c.article());
    }

    private static String outlet(ReportIndex index, Claim c) {
        return c == null ? "" : index.outlet(c.article());
    }

    private static String date(TimeValue t) {
        return ReportIndex.notBlank(t.value()) ? t.text() + " = " + t.value() : t.text();
    }

    private static String quantity(Quantity q) {
        return ReportIndex.notBlank(q.unit()) ? q.text() + " (" + q.unit() + ")" : q.text();
    }

    private static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
