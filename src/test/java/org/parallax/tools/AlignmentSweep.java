package org.parallax.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.align.Aligner;
import org.parallax.align.StoryAnalyzer;
import org.parallax.claims.ClaimExtractor;
import org.parallax.claims.EntityResolver;
import org.parallax.compare.ClaimComparator;
import org.parallax.ingest.ArticleLoader;
import org.parallax.ingest.IngestResult;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Claim;
import org.parallax.model.Cluster;
import org.parallax.model.Entity;
import org.parallax.model.ProgressListener;
import org.parallax.model.Settings;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.Annotator;
import org.parallax.report.JsonReport;

/**
 * Evaluation aid, not part of the product: annotates each story folder once, then aligns it with
 * several values of one setting of align/aligner.properties and writes one report per value
 * (STORY.V.report.json), so the value can be chosen on ECB+ without re-reading the articles for
 * each try.
 *
 * <pre>java -cp target/classes:target/test-classes:target/lib/* org.parallax.tools.AlignmentSweep STORIES_DIR also.member.more.best.cosine 0.65,0.7</pre>
 */
public final class AlignmentSweep {
    private AlignmentSweep() {
    }

    /** Re-aligns the claims of reports already written (STORY.FROM.report.json) into STORY.TO.report.json. */
    static void realign(Path stories, String from, String to) throws Exception {
        ClaimComparator comparator = new ClaimComparator();
        List<Path> reports;
        try (var s = Files.list(stories)) {
            reports = s.filter(p -> p.getFileName().toString().endsWith("." + from + ".report.json")).sorted().toList();
        }
        for (Path report : reports) {
            AnalysisResult r;
            try (var in = Files.newInputStream(report)) {
                r = JsonReport.read(in);
            }
            List<AnnotatedArticle> annotated = r.articles().stream().map(a -> new AnnotatedArticle(a, List.of())).toList();
            List<Cluster> clusters = new Aligner(comparator, Settings.load("align/aligner.properties"))
                    .align(annotated, r.claims(), r.entities());
            AnalysisResult out = new AnalysisResult(r.schema(), "realign", r.articles(), r.claims(), r.entities(), clusters,
                    Map.of(), List.of(), r.story(), r.problems());
            String name = report.getFileName().toString();
            JsonReport.write(out, stories.resolve(name.substring(0, name.length() - (from + ".report.json").length()) + to + ".report.json"));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--realign")) {
            realign(Path.of(args[1]), args[2], args[3]);
            return;
        }
        Path stories = Path.of(args[0]);
        String setting = args[1];
        String[] values = args[2].split(",");
        ClaimComparator comparator = new ClaimComparator();
        List<Path> dirs;
        try (var s = Files.list(stories)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : dirs) {
            IngestResult input = new ArticleLoader().load(List.of(dir), false, ProgressListener.NONE);
            List<AnnotatedArticle> annotated = new ArrayList<>();
            for (var a : input.articles()) {
                annotated.add(Annotator.shared().annotate(a));
            }
            List<Entity> entities = new EntityResolver().resolve(annotated);
            List<Claim> claims = new ArrayList<>();
            for (AnnotatedArticle a : annotated) {
                claims.addAll(new ClaimExtractor().extract(a, entities, claims.size() + 1));
            }
            for (String t : values) {
                System.setProperty("parallax." + setting, t.strip());
                List<Cluster> clusters = new Aligner(comparator, Settings.load("align/aligner.properties"))
                        .align(annotated, claims, entities);
                AnalysisResult r = new AnalysisResult(AnalysisResult.SCHEMA, "sweep", input.articles(), claims, entities,
                        clusters, Map.of(), List.of(), new StoryAnalyzer().analyze(annotated, claims, clusters), input.problems());
                JsonReport.write(r, stories.resolve(dir.getFileName() + "." + t.strip() + ".report.json"));
            }
            System.out.println(dir.getFileName() + ": " + claims.size() + " claims");
        }
    }
}
