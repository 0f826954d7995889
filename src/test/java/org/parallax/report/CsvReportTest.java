package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Claim;

class CsvReportTest {
    @TempDir
    Path dir;

    private interface Writer {
        void write(AnalysisResult r, java.io.OutputStream out, CsvReport.Bom bom) throws IOException;
    }

    private static byte[] bytes(Writer w, AnalysisResult r, CsvReport.Bom bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(r, out, bom);
        return out.toByteArray();
    }

    /** Parses as a spreadsheet or another tool would: any RFC 4180 reader, header row first. */
    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords();
        }
    }

    @Test
    void pairRowsRoundTripCommasQuotesNewlinesAndUnicode() throws IOException {
        AnalysisResult r = SyntheticStory.result(true);
        List<CSVRecord> rows = parse(bytes(CsvReport::writePairs, r, CsvReport.Bom.NONE));
        assertEquals(3, rows.size(), "one row per claim pair");
        assertEquals(CsvReport.PAIR_COLUMNS, rows.get(0).getParser().getHeaderNames());
        CSVRecord first = rows.get(0);
        assertEquals("CONTRADICT", first.get("relation"), "contradictions first");
        assertEquals("DATE", first.get("kind"));
        CSVRecord diverge = rows.stream().filter(x -> x.get("relation").equals("DIVERGE")).findFirst().orElseThrow();
        assertEquals("k2", diverge.get("cluster"));
        assertEquals("c2", diverge.get("claim_a"));
        assertEquals("a2", diverge.get("source_b"));
        assertEquals(SyntheticStory.TRICKY_CSV, diverge.get("text_b"));
        assertEquals(SyntheticStory.TRICKY_CSV, diverge.get("explanation"));
        assertEquals(SyntheticStory.ATTRIBUTE_BREAKOUT, diverge.get("outlet_b"));
        assertEquals("0.74", diverge.get("score"));
        assertEquals("Cost " + SyntheticStory.SCRIPT, diverge.get("topic"));
    }

    @Test
    void claimRowsRoundTripAndMarkClaimsOnlyOneSourceMakes() throws IOException {
        AnalysisResult r = SyntheticStory.result(true);
        List<CSVRecord> rows = parse(bytes(CsvReport::writeClaims, r, CsvReport.Bom.NONE));
        assertEquals(r.claims().size(), rows.size(), "one row per claim");
        for (int i = 0; i < rows.size(); i++) {
            Claim c = r.claims().get(i);
            CSVRecord row = rows.get(i);
            assertEquals(c.id(), row.get("claim"));
            assertEquals(String.valueOf(c.start()), row.get("start"));
            String expected = c.text().startsWith("=") ? "'" + c.text() : c.text();
            assertEquals(expected, row.get("text"));
            assertEquals(c.checkworthiness(), Double.parseDouble(row.get("checkworthiness")), 1e-9, "sortable in a spreadsheet");
        }
        CSVRecord c1 = rows.get(0);
        assertEquals("k1", c1.get("cluster"));
        assertEquals("CONTRADICT", c1.get("relation"), "c1 agrees with c6 but contradicts c4: the worse shows");
        assertEquals("Mayor of Riverton; Riverton <i>bridge</i>", c1.get("entities"));
        assertEquals("Monday = 2021-03-01", c1.get("dates"));
        assertEquals("2021-03-03", c1.get("published"));
        CSVRecord c3 = rows.get(2);
        assertEquals(CsvReport.UNIQUE, c3.get("relation"));
        assertEquals("", c3.get("cluster"));
        assertEquals("reportedly", c3.get("hedges"));
        assertEquals("true", rows.get(4).get("quote"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() throws IOException {
        List<CSVRecord> rows = parse(bytes(CsvReport::writeClaims, SyntheticStory.result(true), CsvReport.Bom.NONE));
        CSVRecord c8 = rows.stream().filter(x -> x.get("claim").equals("c8")).findFirst().orElseThrow();
        assertEquals("'" + SyntheticStory.FORMULA, c8.get("text"));
        for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx")) {
            assertEquals("'" + s, CsvReport.cell(s));
        }
        assertEquals("1,5", CsvReport.cell("1,5"));
        assertEquals(7, CsvReport.cell(7));
    }

    @Test
    void byteOrderMarkOnlyWhenAskedAndRecordsEndInCrLf() throws IOException {
        AnalysisResult r = SyntheticStory.result(false);
        byte[] plain = bytes(CsvReport::writePairs, r, CsvReport.Bom.NONE);
        byte[] withBom = bytes(CsvReport::writePairs, r, CsvReport.Bom.UTF8_BOM);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(withBom, 3));
        assertEquals('c', plain[0]);
        assertArrayEquals(plain, Arrays.copyOfRange(withBom, 3, withBom.length));
        String text = new String(plain, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", CsvReport.PAIR_COLUMNS) + "\r\n"));
        assertTrue(text.endsWith("\r\n"));
        assertEquals(parse(withBom).size(), parse(plain).size());
    }

    @Test
    void pairsWithMissingFieldsOrUnknownClaimsGiveEmptyCells() throws IOException {
        AnalysisResult r = SyntheticStory.result(false);
        AnalysisResult odd = new AnalysisResult(r.schema(), r.generator(), r.articles(), r.claims(), r.entities(),
                List.of(new org.parallax.model.Cluster("k8", null, List.of("c1"), List.of(
                        new org.parallax.model.ClaimPair("c1", "c404", null, null, 0.5, null)))),
                r.framing(), r.reuse(), r.story(), r.problems());
        CSVRecord row = parse(bytes(CsvReport::writePairs, odd, CsvReport.Bom.NONE)).get(0);
        assertEquals("c404", row.get("claim_b"));
        assertEquals("", row.get("text_b"));
        assertEquals("", row.get("relation"));
        assertEquals("", row.get("topic"));
        List<CSVRecord> claims = parse(bytes(CsvReport::writeClaims, odd, CsvReport.Bom.NONE));
        assertEquals("", claims.get(0).get("relation"), "a claim whose pairs have no relation");
    }

    @Test
    void writesFilesAtomically() throws IOException {
        Path pairs = dir.resolve("out/pairs.csv");
        Path claims = dir.resolve("out/claims.csv");
        CsvReport.writePairs(SyntheticStory.result(false), pairs, CsvReport.Bom.NONE);
        CsvReport.writeClaims(SyntheticStory.result(false), claims, CsvReport.Bom.UTF8_BOM);
        assertEquals(3, parse(Files.readAllBytes(pairs)).size());
        assertEquals(8, parse(Files.readAllBytes(claims)).size());
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }
}
