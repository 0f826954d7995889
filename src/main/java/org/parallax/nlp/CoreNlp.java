package org.parallax.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CoreNLP pipelines of this process, each built once on first use and shared by every
 * analysis and thread (StanfordCoreNLP.annotate is thread-safe).
 */
public final class CoreNlp {
    private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    private CoreNlp() {
    }

    /** Tokenizer and sentence splitter only: no models to load. One line is one paragraph. */
    public static StanfordCoreNLP sentences() {
        return PIPELINES.computeIfAbsent("tokenize,ssplit", k -> {
            Properties p = new Properties();
            p.setProperty("annotators", k);
            p.setProperty("tokenize.language", "en");
            p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
            return new StanfordCoreNLP(p);
        });
    }
}
