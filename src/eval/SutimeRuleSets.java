import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.*;
import java.util.*;
import org.parallax.ingest.*;
import org.parallax.model.*;
import org.parallax.nlp.*;

/**
 * CPU time of CoreNLP annotation as Parallax configures it (org.parallax.nlp.CoreNlp), with
 * SUTime's default rule files or without its holiday rules and binder, one thread, best of 3
 * passes; writes each token's NER tag and normalized value to /tmp/sutime-VARIANT.txt so the
 * variants can be diffed.
 *
 * usage (after mvn -q -DskipTests package; STORIES from ecb_stories.py build):
 *   java -Xmx4g -cp "target/classes:target/lib/*" src/eval/SutimeRuleSets.java STORIES MAXFILES default|noholiday
 */
public class SutimeRuleSets {
    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        try (var s = Files.walk(Path.of(args[0]))) { s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add); }
        files = files.subList(0, Math.min(files.size(), Integer.parseInt(args[1])));
        List<Article> articles = new ArticleLoader(IngestLimits.DEFAULT, Cleaner.standard()).load(files, true, ProgressListener.NONE).articles();
        List<String> sentences = new ArrayList<>();
        for (Article a : articles) {
            String text = AnalysisText.of(a);
            for (SentenceSplitter.Sentence s : SentenceSplitter.split(a)) sentences.add(text.substring(s.start(), s.end()));
        }
        String v = args[2];
        Properties p = CoreNlp.taggerProperties();
        String base = "edu/stanford/nlp/models/sutime/";
        if (v.equals("noholiday")) {
            p.setProperty("sutime.rules", base + "defs.sutime.txt," + base + "english.sutime.txt");
            p.setProperty("sutime.binders", "0");
        }
        long t0 = System.nanoTime();
        StanfordCoreNLP pipe = new StanfordCoreNLP(p);
        pipe.annotate(new Annotation("Warm up on April 3, 2021."));
        double load = (System.nanoTime() - t0) / 1e9;
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder();
        double best = 1e9;
        for (int pass = 0; pass < 3; pass++) {
            long c = mx.getCurrentThreadCpuTime();
            out.setLength(0);
            for (String s : sentences) {
                Annotation d = new Annotation(s);
                pipe.annotate(d);
                for (CoreLabel t : d.get(CoreAnnotations.TokensAnnotation.class)) {
                    out.append(t.word()).append('\t').append(t.ner()).append('\t').append(t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)).append('\n');
                }
                out.append('\n');
            }
            best = Math.min(best, (mx.getCurrentThreadCpuTime() - c) / 1e9);
        }
        Files.writeString(Path.of("/tmp/sutime-" + v + ".txt"), out);
        System.out.printf("%s: load %.1f s, %d sentences, best CPU pass %.2f s%n", v, load, sentences.size(), best);
    }
}
