import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.*;
import java.util.*;
import java.util.regex.Pattern;
import org.parallax.ingest.*;
import org.parallax.model.*;
import org.parallax.nlp.*;

/**
 * Would sending only sentences with a time word to SUTime keep the annotation the same? Annotates
 * each sentence with Parallax's tagger settings (org.parallax.nlp.CoreNlp) and, for sentences
 * without a time trigger (TRIGGER below), also with SUTime off (ner.useSUTime=false); counts the
 * sentences gated and those whose tokens' NER tags or normalized values differ, and times both
 * pipelines on one thread (best of 2 passes). Prints the first differing sentences.
 *
 * usage (after mvn -q -DskipTests package; STORIES from ecb_stories.py build):
 *   java -Xmx6g -cp "target/classes:target/lib/*" src/eval/SutimeGate.java STORIES MAXFILES
 */
public class SutimeGate {
    static final Pattern TRIGGER = Pattern.compile("(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?"
            + "|mon(day)?|tues?(day)?|wed(nesday)?|thu(rs?)?(day)?|fri(day)?|sat(urday)?|sun(day)?|today|tonight|yesterday|tomorrow|now|ago"
            + "|days?|weeks?|weekends?|fortnights?|months?|years?|decades?|centur(y|ies)|hours?|minutes?|seconds?|mornings?|afternoons?|evenings?|nights?"
            + "|noon|midnight|dawn|dusk|spring|summer|autumn|fall|winter|seasons?|christmas|easter|thanksgiving|halloween|ramadan|holidays?|eve"
            + "|annual(ly)?|daily|weekly|monthly|quarterly|yearly|hourly|nightly|recent(ly)?|current(ly)?|former(ly)?|previous(ly)?|past|present|future"
            + "|once|twice|soon|later?|earl(y|ier)|lately|overnight|quarters?|millenni(um|a)|era|times?|moments?|dates?|period|midday|daytime|nighttime"
            + "|[12][0-9]{3}s?|'[0-9]{2}s?|[0-9]{1,2}:[0-9]{2}|[0-9]+\\s*[ap]\\.?m\\.?|[0-9]+(st|nd|rd|th)|[0-9]+/[0-9]+|gmt|utc|[ecmp][sd]t)\\b");

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
        StanfordCoreNLP full = new StanfordCoreNLP(CoreNlp.taggerProperties());
        Properties off = CoreNlp.taggerProperties();
        off.setProperty("ner.useSUTime", "false");
        StanfordCoreNLP noTime = new StanfordCoreNLP(off);
        full.annotate(new Annotation("Warm up on April 3, 2021, with 300 officers."));
        noTime.annotate(new Annotation("Warm up with 300 officers and $5 million."));
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int gated = 0, differ = 0, gatedTokens = 0, tokens = 0, shown = 0;
        double fullCpu = 1e9, gatedCpu = 1e9;
        for (int pass = 0; pass < 2; pass++) {
            double fc = 0, gc = 0;
            gated = differ = gatedTokens = tokens = 0;
            for (String s : sentences) {
                long c = mx.getCurrentThreadCpuTime();
                Annotation a = new Annotation(s);
                full.annotate(a);
                fc += (mx.getCurrentThreadCpuTime() - c) / 1e9;
                List<CoreLabel> ta = a.get(CoreAnnotations.TokensAnnotation.class);
                tokens += ta.size();
                c = mx.getCurrentThreadCpuTime();
                boolean trigger = TRIGGER.matcher(s).find();
                Annotation b = new Annotation(s);
                (trigger ? full : noTime).annotate(b);
                gc += (mx.getCurrentThreadCpuTime() - c) / 1e9;
                if (trigger) continue;
                gated++;
                gatedTokens += ta.size();
                List<CoreLabel> tb = b.get(CoreAnnotations.TokensAnnotation.class);
                StringBuilder da = new StringBuilder(), db = new StringBuilder();
                for (int i = 0; i < ta.size(); i++) {
                    da.append(ta.get(i).word()).append('/').append(ta.get(i).ner()).append('/').append(ta.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)).append(' ');
                    db.append(tb.get(i).word()).append('/').append(tb.get(i).ner()).append('/').append(tb.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)).append(' ');
                }
                if (!da.toString().equals(db.toString())) {
                    differ++;
                    if (pass == 0 && shown++ < 12) System.out.println("FULL  " + da + "\nGATED " + db + "\n");
                }
            }
            fullCpu = Math.min(fullCpu, fc);
            gatedCpu = Math.min(gatedCpu, gc);
        }
        System.out.printf("%d sentences (%d tokens); gated off SUTime %d (%.1f%%, %.1f%% of tokens); differing %d; CPU full %.2f s, gated %.2f s (best of 2)%n",
                sentences.size(), tokens, gated, 100.0 * gated / sentences.size(), 100.0 * gatedTokens / tokens, differ, fullCpu, gatedCpu);
    }
}
