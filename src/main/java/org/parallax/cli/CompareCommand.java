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
import org.parallax.model.InputProblem;
import org.parallax.pipeline.Analyzer;
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
            "2:no usable input, or bad usage"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (.txt .md .html .htm .pdf) or folders.")
    List<Path> inputs;

    @Option(names = {"-r", "--recursive"}, description = "Also read subfolders.")
    boolean recursive;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report here (default: standard output).")
    Path json;

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
        if (json != null) {
            JsonReport.write(result, json);
        } else {
            JsonReport.write(result, System.out);
        }
        err.flush();
        return result.problems().isEmpty() ? 0 : 1;
    }
}
