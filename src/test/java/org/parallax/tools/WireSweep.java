package org.parallax.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.parallax.ingest.ArticleLoader;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.IngestLimits;
import org.parallax.ingest.IngestResult;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.ProgressListener;
import org.parallax.model.Settings;
import org.parallax.pipeline.Analyzer;
import org.parallax.report.WireCopyReport;
import org.parallax.story.WireCopy;

/**
 * Evaluation aid, not part of the product: analyses each pair folder of src/eval/wire_derive.py once
 * (original.txt, rewrite.txt) in one process, then writes the wire-copy view for the settings as
 * they are (wire.json) and for each variant KEY=VALUE[+KEY=VALUE...] given (wire.VARIANT.json), so the settings of
 * resources/story/wire.properties can be chosen without analysing again.
 *
 * <pre>java -cp "target/classes:target/test-classes:target/lib/*" org.parallax.tools.WireSweep PAIRS_DIR [KEY=VALUE...]</pre>
 */
public final class WireSweep {
    private WireSweep() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> pairs;
        try (var s = Files.list(Path.of(args[0]))) {
            pairs = s.filter(Files::isDirectory).sorted().toList();
        }
        Analyzer analyzer = new Analyzer(Duration.ZERO);
        for (Path dir : pairs) {
            IngestResult input = new ArticleLoader(IngestLimits.DEFAULT, Cleaner.standard())
                    .load(List.of(dir.resolve("original.txt"), dir.resolve("rewrite.txt")), false, ProgressListener.NONE);
            AnalysisResult result = analyzer.analyze(input, ProgressListener.NONE);
            String original = idOf(result, "original.txt");
            String rewrite = idOf(result, "rewrite.txt");
            Settings base = Settings.load("story/wire.properties");
            new WireCopyReport(result, new WireCopy(base).compare(result, original, rewrite)).writeJson(dir.resolve("wire.json"));
            for (int i = 1; i < args.length; i++) {
                Settings variant = base;
                for (String setting : args[i].split("\\+")) {
                    String[] kv = setting.split("=", 2);
                    variant = variant.with(kv[0], kv[1]);
                }
                new WireCopyReport(result, new WireCopy(variant).compare(result, original, rewrite))
                        .writeJson(dir.resolve("wire." + args[i] + ".json"));
            }
            System.err.println(dir.getFileName());
        }
    }

    private static String idOf(AnalysisResult result, String file) {
        return result.articles().stream().filter(a -> a.path().endsWith(file)).map(Article::id).findFirst().orElseThrow();
    }
}
