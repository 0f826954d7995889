import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.parallax.ingest.ArticleLoader;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.IngestLimits;
import org.parallax.model.AnalysisText;
import org.parallax.model.Article;
import org.parallax.model.ProgressListener;
import org.parallax.nlp.SentenceSplitter;

/**
 * Annotation speed of CoreNLP annotator sets on this machine: pipeline load time and tokens per
 * second, one thread, sentence by sentence as the Annotator works: two warm-up passes (JIT), then
 * the median of 3 passes. Both wall-clock and thread CPU time are reported, because the machine
 * may be shared: CPU time is what the annotators cost, wall time what a user waited.
 *
 * usage (after mvn -q -DskipTests package):
 *   java -cp "target/classes:target/lib/*" src/eval/AnnotationSpeed.java sample-corpus/macron-china [SET...]
 * SET: coarse (what Parallax uses), fine (fine-grained NER), depparse (coarse + dependency parse).
 * Run each set in its own JVM for a clean load time: one SET per call.
 */
public class AnnotationSpeed {
    public static void main(String[] args) throws Exception {
        List<Article> articles = new ArticleLoader(IngestLimits.DEFAULT, Cleaner.standard())
                .load(List.of(Path.of(args[0])), true, ProgressListener.NONE).articles();
        List<String> sentences = new ArrayList<>();
        for (Article a : articles) {
            String text = AnalysisText.of(a);
            for (SentenceSplitter.Sentence s : SentenceSplitter.split(a)) {
                sentences.add(text.substring(s.start(), s.end()));
            }
        }
        List<String> sets = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("coarse");
        for (String set : sets) {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (set.equals("depparse") ? ",depparse" : ""));
            p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
            p.setProperty("ssplit.isOneSentence", "true");
            p.setProperty("ner.applyFineGrained", String.valueOf(set.equals("fine")));
            p.setProperty("ner.docdate.usePresent", "false");
            long t0 = System.nanoTime();
            StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
            pipeline.annotate(new Annotation("Warm up the models."));
            double load = (System.nanoTime() - t0) / 1e9;
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] rates = new double[3];
            double[] cpuRates = new double[3];
            int tokens = 0;
            for (int pass = -2; pass < 3; pass++) {
                tokens = 0;
                long t = System.nanoTime();
                long c = cpu.getCurrentThreadCpuTime();
                for (String s : sentences) {
                    Annotation doc = new Annotation(s);
                    pipeline.annotate(doc);
                    tokens += doc.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
                }
                if (pass >= 0) {
                    rates[pass] = tokens / ((System.nanoTime() - t) / 1e9);
                    cpuRates[pass] = tokens / ((cpu.getCurrentThreadCpuTime() - c) / 1e9);
                }
            }
            Arrays.sort(rates);
            Arrays.sort(cpuRates);
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("%s: load %.1f s (wall), %d sentences, %d tokens, %.0f tokens/s wall (min %.0f, max %.0f), "
                    + "%.0f tokens/s of thread CPU time, heap in use %d MB%n",
                    set, load, sentences.size(), tokens, rates[1], rates[0], rates[2], cpuRates[1], heap >> 20);
        }
    }
}
