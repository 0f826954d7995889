package org.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import org.parallax.claims.ClaimExtractor;
import org.parallax.claims.EntityResolver;
import org.parallax.ingest.ArticleLoader;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.IngestLimits;
import org.parallax.ingest.IngestResult;
import org.parallax.model.Article;
import org.parallax.model.ProgressListener;
import org.parallax.model.Claim;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs claim detection alone on statements, one a line: what the evaluation of claim detection
 * (ClaimBuster, CheckThat!) scores, and a quick way to see what Parallax takes for a claim.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Say for each statement whether Parallax takes it for a checkable claim.",
            "Input: a UTF-8 TSV file (or - for standard input), one statement a line: id <TAB> text;",
            "lines starting with # and a header line starting with id <TAB> are skipped.",
            "Output: JSON Lines {id, claim, checkworthiness, checkworthy, claims:[{text, attribution, attributionType, hedges, quote}]}."})
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TSV", arity = "0..1", description = "Statements: id <TAB> text, one a line; - for standard input.")
    String input;

    @Option(names = "--entities", paramLabel = "STORY", arity = "1..*",
            description = "Instead: resolve the entities of each folder of articles (one story each) in one run; "
                    + "JSON Lines {story, articles:{id: file}, entities}.")
    List<Path> stories;

    @Option(names = "--out", paramLabel = "FILE", description = "Write JSON Lines here (default: standard output).")
    Path out;

    @Option(names = "--features", description = "Also write the check-worthiness features (to fit their weights).")
    boolean features;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (stories != null) {
            return entities(err);
        }
        if (input == null) {
            err.println("parallax: claims needs a TSV file of statements (or --entities STORY...)");
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        ClaimExtractor extractor = new ClaimExtractor();
        BufferedReader in = input.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
        Writer w = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        int lineNo = 0;
        try (in; w) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#") || lineNo == 1 && line.startsWith("id\t")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    err.println("parallax: " + input + ":" + lineNo + ": no tab between id and text; skipped");
                    continue;
                }
                String id = line.substring(0, tab);
                String text = line.substring(tab + 1).replace('\t', ' ');
                AnnotatedArticle annotated = Annotator.shared().annotateText(text);
                List<Claim> claims = extractor.extract(annotated, List.of(), 1);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", id);
                row.put("claim", !claims.isEmpty());
                row.put("checkworthiness", extractor.checkworthiness(annotated));
                row.put("checkworthy", extractor.isCheckworthy(annotated));
                if (features) {
                    row.put("features", extractor.checkworthinessFeatures(annotated));
                }
                row.put("claims", claims.stream().map(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("text", c.text());
                    m.put("attribution", c.attribution());
                    m.put("attributionType", c.attributionType());
                    m.put("hedges", c.hedges());
                    m.put("quote", c.quote());
                    return m;
                }).toList());
                w.write(json.writeValueAsString(row));
                w.write('\n');
            }
        }
        err.flush();
        return 0;
    }

    /** One story per folder: the entity resolution alone, for its evaluation on multi-outlet stories. */
    private int entities(PrintWriter err) throws Exception {
        ObjectMapper json = new ObjectMapper();
        EntityResolver resolver = new EntityResolver();
        Writer w = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        try (w) {
            for (Path story : stories) {
                IngestResult in = new ArticleLoader(IngestLimits.DEFAULT, Cleaner.standard())
                        .load(List.of(story), false, ProgressListener.NONE);
                in.problems().forEach(p -> err.println("parallax: " + p));
                List<AnnotatedArticle> annotated = new ArrayList<>();
                Map<String, String> files = new LinkedHashMap<>();
                for (Article a : in.articles()) {
                    annotated.add(Annotator.shared().annotate(a));
                    files.put(a.id(), a.fileName());
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("story", story.toString());
                row.put("articles", files);
                row.put("entities", resolver.resolve(annotated));
                w.write(json.writeValueAsString(row));
                w.write('\n');
                w.flush();
            }
        }
        err.flush();
        return 0;
    }
}
