package org.parallax.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.align.Aligner;
import org.parallax.compare.ClaimComparator;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Cluster;
import org.parallax.model.Entity;
import org.parallax.model.Settings;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.report.JsonReport;

/**
 * Evaluation aid, not part of the product: times {@code Aligner.align} alone on the claims of saved
 * reports (the first N articles, in the order given; ids prefixed per report so stories stay
 * apart), embeddings computed before the clock starts; each size is aligned twice (the second is warm).
 *
 * <pre>java -cp "target/classes:target/test-classes:target/lib/*" org.parallax.tools.AlignmentTiming 100,200 REPORT.json...</pre>
 */
public final class AlignmentTiming {
    private AlignmentTiming() {
    }

    public static void main(String[] args) throws Exception {
        List<Article> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (int k = 1; k < args.length; k++) {
            AnalysisResult r;
            try (var in = Files.newInputStream(Path.of(args[k]))) {
                r = JsonReport.read(in);
            }
            String p = "s" + k + "_";
            for (Article a : r.articles()) {
                articles.add(a.withId(p + a.id()));
            }
            for (Claim c : r.claims()) {
                claims.add(new Claim(p + c.id(), p + c.article(), c.text(), c.start(), c.end(),
                        c.entities().stream().map(e -> p + e).toList(), c.attribution(), c.attributionType(), c.hedged(),
                        c.hedges(), c.quote(), c.dates(), c.quantities(), c.checkworthiness()));
            }
            for (Entity e : r.entities()) {
                entities.add(new Entity(p + e.id(), e.name(), e.type(), e.mentions()));
            }
        }
        ClaimComparator comparator = new ClaimComparator();
        for (String size : args[0].split(",")) {
            int n = Integer.parseInt(size);
            Set<String> keep = new HashSet<>();
            for (int i = 0; i < Math.min(n, articles.size()); i++) {
                keep.add(articles.get(i).id());
            }
            List<AnnotatedArticle> annotated = articles.stream().filter(a -> keep.contains(a.id()))
                    .map(a -> new AnnotatedArticle(a, List.of())).toList();
            List<Claim> kept = claims.stream().filter(c -> keep.contains(c.article())).toList();
            comparator.embedder().embedAll(kept.stream().map(Claim::text).toList());
            for (int run = 0; run < 2; run++) {
                long start = System.nanoTime();
                List<Cluster> clusters = new Aligner(comparator, Settings.load("align/aligner.properties"))
                        .align(annotated, kept, entities);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("articles %d claims %d clusters %d align %.2f s%n", annotated.size(), kept.size(),
                        clusters.size(), seconds);
            }
        }
    }
}
