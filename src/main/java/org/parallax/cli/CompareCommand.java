package org.parallax.cli;

import java.io.IOException;
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
import org.parallax.model.InputProblem;
import org.parallax.pipeline.Analyzer;
import org.parallax.report.CsvReport;
import org.parallax.report.ExportFormat;
import org.parallax.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare articles about one story and write the report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:report written, every input read",
            "1:report written, but some inputs could not be read (named on standard error)",
            "2:no usable input, bad usage, or a report could not be written"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (.txt .md .html .htm .pdf) or folders.")
    List<Path> inputs;

    @Option(names = {"-r", "--recursive"}, description = "Also read subfolders.")
    boolean recursive;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the JSON report (format parallax-report/1) here. "
                    + "When no report file is named (--json, --html, --csv, --claims-csv), the JSON goes to standard output.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Write the HTML report here: one self-contained page, readable offline and printable.")
    Path html;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Write one CSV row per pair of matched claims here (cluster, sources, claims, relation, kind, explanation).")
    Path csv;

    @Option(names = "--claims-csv", paramLabel = "FILE",
            description = "Write one CSV row per claim here (source, cluster, relation or UNIQUE, text, entities, attribution...).")
    Path claimsCsv;

    @Option(names = "--csv-bom",
            description = "Start the CSV files with a UTF-8 byte-order mark, so that Excel shows accents and other scripts right.")
    boolean csvBom;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20",
            description = "Largest article file read, in megabytes (default: ${DEFAULT-VALUE}).")
    int maxFileMb;

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "400000",
            description = "Longest article text analysed, in characters (default: ${DEFAULT-VALUE}).")
    int maxArticleChars;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time budget for reading one article and again for analysing it; "
                    + "an article over it is skipped and named (default: ${DEFAULT-VALUE}; 0: no limit).")
    long articleTimeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        StderrProgress progress = new StderrProgress(System.err);
        Duration articleTimeout = Duration.ofSeconds(articleTimeoutSeconds);
        IngestLimits limits = new IngestLimits(maxFileMb * 1024L * 1024L, IngestLimits.DEFAULT.maxFiles(),
                maxArticleChars, articleTimeout);
        IngestResult input = new ArticleLoader(limits, Cleaner.standard()).load(inputs, recursive, progress);
        for (InputProblem p : input.problems()) {
            err.println("parallax: " + p.path() + ": " + p.reason());
        }
        if (input.articles().isEmpty()) {
            err.println("parallax: no article could be read; nothing to compare");
            err.flush();
            return 2;
        }
        AnalysisResult result = new Analyzer(articleTimeout).analyze(input, progress);
        for (InputProblem p : result.problems().subList(input.problems().size(), result.problems().size())) {
            err.println("parallax: " + p.path() + ": " + p.reason());
        }
        if (result.articles().isEmpty()) {
            err.println("parallax: no article could be analysed; nothing to compare");
            err.flush();
            return 2;
        }
        boolean allWritten = writeReports(result, err);
        err.flush();
        if (!allWritten) {
            return 2;
        }
        // A file a folder holds and Parallax does not read is named, but is no failure.
        return result.problems().stream().allMatch(InputProblem::skipped) ? 0 : 1;
    }

    /** Writes every report asked for; one that cannot be written is named and the others are still written. */
    private boolean writeReports(AnalysisResult result, PrintWriter err) throws IOException {
        if (json == null && html == null && csv == null && claimsCsv == null) {
            JsonReport.write(result, System.out);
            return true;
        }
        CsvReport.Bom bom = csvBom ? CsvReport.Bom.UTF8_BOM : CsvReport.Bom.NONE;
        boolean ok = write(result, ExportFormat.JSON, json, bom, err);
        ok &= write(result, ExportFormat.HTML, html, bom, err);
        ok &= write(result, ExportFormat.CSV_PAIRS, csv, bom, err);
        ok &= write(result, ExportFormat.CSV_CLAIMS, claimsCsv, bom, err);
        return ok;
    }

    private static boolean write(AnalysisResult result, ExportFormat format, Path file, CsvReport.Bom bom, PrintWriter err) {
        if (file == null) {
            return true;
        }
        try {
            format.write(result, file, bom);
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("parallax: cannot write " + file + ": " + reason(e));
            return false;
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a file stands where a folder is needed";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
