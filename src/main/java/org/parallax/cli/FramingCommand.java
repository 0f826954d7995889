package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.framing.FramingComparison;
import org.parallax.ingest.ArticleLoader;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.IngestLimits;
import org.parallax.ingest.IngestResult;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.ArticleFraming;
import org.parallax.model.InputProblem;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.Annotator;
import org.parallax.pipeline.Analyzer;
import org.parallax.pipeline.AnnotationCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "framing", mixinStandardHelpOptions = true,
        description = {"Show how each source frames the story: labels, loaded words, hedges, attribution verbs.",
            "With articles or folders: the framing of each and the comparison across them, as JSON.",
            "With --jsonl: one text per input line ({\"id\": ..., \"text\": ...}), one JSON line out per text."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:some inputs could not be read (named on standard error)", "2:no usable input, or bad usage"})
final class FramingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Article files (.txt .md .html .htm .pdf) or folders.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "FILE", description = "Read texts as JSON lines with \"id\" and \"text\".")
    Path jsonl;

    @Option(names = "--no-annotate", description = "With --jsonl: skip the CoreNLP annotation (faster; names come from capitalized words only).")
    boolean noAnnotate;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jsonl != null) {
            return texts(out, err);
        }
        if (inputs.isEmpty()) {
            err.println("parallax framing: give article files or folders, or --jsonl FILE");
            err.flush();
            return 2;
        }
        IngestResult input = new ArticleLoader(IngestLimits.DEFAULT, Cleaner.standard()).load(inputs, false, new StderrProgress(System.err));
        for (InputProblem p : input.problems()) {
            err.println("parallax: " + p.path() + ": " + p.reason());
        }
        if (input.articles().isEmpty()) {
            err.println("parallax: no article could be read");
            err.flush();
            return 2;
        }
        AnalysisResult result = new Analyzer().analyze(input, new StderrProgress(System.err));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("framing", result.framing());
        report.put("comparison", FramingComparison.of(result.articles(), result.framing(), result.entities()));
        out.println(JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        out.flush();
        err.flush();
        return input.problems().stream().allMatch(InputProblem::skipped) ? 0 : 1;
    }

    /** Each line its own one-paragraph-per-line article, so offsets are offsets into the given text. */
    private int texts(PrintWriter out, PrintWriter err) throws Exception {
        FramingAnalyzer analyzer = new FramingAnalyzer();
        Annotator annotator = Annotator.shared();
        // the same text is annotated once: evaluation runs over the same data sets again and again
        AnnotationCache cache = AnnotationCache.inUserCacheFolder();
        int bad = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (Exception e) {
                    err.println("parallax: " + jsonl + ":" + n + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
                    bad++;
                    continue;
                }
                String id = node.path("id").asText(String.valueOf(n));
                String text = node.path("text").asText("");
                Article article = Article.read(jsonl + "#" + id, "pasted", text).withId(id)
                        .withCleaning(lines(text), List.of());
                AnnotatedArticle annotated = noAnnotate ? new AnnotatedArticle(article, List.of())
                        : cache.get(article).orElseGet(() -> {
                            AnnotatedArticle a = annotator.annotate(article);
                            cache.put(a);
                            return a;
                        });
                ArticleFraming f = analyzer.analyze(annotated, List.of());
                ObjectNode o = JSON.createObjectNode();
                o.put("id", id);
                o.set("framing", JSON.valueToTree(f));
                out.println(JSON.writeValueAsString(o));
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? 0 : 1;
    }

    private static List<Paragraph> lines(String text) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank()) {
                    out.add(new Paragraph(start, i, ParagraphKind.BODY));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
