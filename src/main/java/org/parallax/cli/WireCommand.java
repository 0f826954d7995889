package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.ingest.ArticleLoader;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.IngestLimits;
import org.parallax.ingest.IngestResult;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.model.WireComparison;
import org.parallax.pipeline.Analyzer;
import org.parallax.report.CsvReport;
import org.parallax.report.WireCopyReport;
import org.parallax.story.WireCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What a rewrite took from an original (wire copy, press release) and what it changed, claim by claim. */
@Command(name = "wire", mixinStandardHelpOptions = true,
        description = "Show what a rewrite took from an original, claim by claim: copied, reworded, changed, cut, added.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:an input could not be read, bad usage, or a file could not be written"})
final class WireCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ORIGINAL", description = "The original article (the wire story, the press release).")
    Path original;

    @Parameters(index = "1", paramLabel = "REWRITE", description = "The article that may have taken from it.")
    Path rewrite;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the comparison as JSON here (standard output when no file is named).")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML page: shares, the two texts tinted, every claim.")
    Path html;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write one CSV row per claim here.")
    Path csv;

    @Option(names = "--csv-bom", description = "Start the CSV file with a UTF-8 byte-order mark (for Excel).")
    boolean csvBom;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        StderrProgress progress = new StderrProgress(System.err);
        IngestResult input = new ArticleLoader(IngestLimits.DEFAULT, Cleaner.standard()).load(List.of(original, rewrite), false, progress);
        for (InputProblem p : input.problems()) {
            err.println("parallax: " + p.path() + ": " + p.reason());
        }
        AnalysisResult result = new Analyzer(Duration.ofSeconds(120)).analyze(input, progress);
        String originalId = idOf(result, original);
        String rewriteId = idOf(result, rewrite);
        if (originalId == null || rewriteId == null || originalId.equals(rewriteId)) {
            err.println("parallax: wire needs two different articles that can both be read");
            err.flush();
            return 2;
        }
        WireComparison wire = new WireCopy().compare(result, originalId, rewriteId);
        WireCopyReport report = new WireCopyReport(result, wire);
        boolean ok = true;
        try {
            if (json == null && html == null && csv == null) {
                report.writeJson(System.out);
            }
            if (json != null) {
                report.writeJson(json);
            }
            if (html != null) {
                report.writeHtml(html);
            }
            if (csv != null) {
                report.writeCsv(csv, csvBom ? CsvReport.Bom.UTF8_BOM : CsvReport.Bom.NONE);
            }
        } catch (java.io.IOException e) {
            err.println("parallax: cannot write: " + e.getMessage());
            ok = false;
        }
        err.flush();
        return ok ? 0 : 2;
    }

    private static String idOf(AnalysisResult result, Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return result.articles().stream().filter(a -> Path.of(a.path()).toAbsolutePath().normalize().equals(wanted))
                .map(Article::id).findFirst().orElse(null);
    }
}
