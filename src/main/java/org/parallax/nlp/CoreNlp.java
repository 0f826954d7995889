package org.parallax.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.model.Settings;

/**
 * The CoreNLP pipelines of this process, each built once on first use and shared by every
 * analysis and thread (StanfordCoreNLP.annotate is thread-safe).
 */
public final class CoreNlp {
    private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    /** Keeps offsets exact and drops characters the tokenizer cannot read instead of warning. */
    private static final String TOKENIZE_OPTIONS = "untokenizable=noneDelete,invertible=true";

    /** The CRF models of coarse NER (resources/nlp/corenlp.properties, with the measurement). */
    private static final String NER_MODELS = Settings.load("nlp/corenlp.properties").string("ner.model");

    private CoreNlp() {
    }

    /**
     * Loads the tagger's models on the calling thread, either the POS model or the NER models
     * (the longest): two threads calling this with false and true load them at once, and
     * {@link #tagger()} then takes both from CoreNLP's process-wide annotator cache instead of
     * loading them again.
     */
    public static void loadTaggerPart(boolean ner) {
        Properties p = taggerProperties();
        p.setProperty("annotators", ner ? "tokenize,ssplit,ner" : "tokenize,ssplit,pos");
        // NER alone: its POS and lemma prerequisites come from the other thread.
        p.setProperty("enforceRequirements", "false");
        new StanfordCoreNLP(p);
    }

    /** The NER models the tagger loads: annotations made with others are not reused from the cache. */
    public static String nerModels() {
        return NER_MODELS;
    }

    /** Tokenizer and sentence splitter only: no models to load. One line is one paragraph. */
    public static StanfordCoreNLP sentences() {
        return PIPELINES.computeIfAbsent("tokenize,ssplit", k -> {
            Properties p = new Properties();
            p.setProperty("annotators", k);
            p.setProperty("tokenize.language", "en");
            p.setProperty("tokenize.options", TOKENIZE_OPTIONS);
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
            return new StanfordCoreNLP(p);
        });
    }

    /**
     * POS, lemmas and NER with SUTime, for one sentence at a time (our own splitter decides the
     * boundaries). Coarse NER only: the fine-grained rules cost ~3x the time (measured, see
     * README) and their extra types (CITY, TITLE, ...) are not used downstream. Loads in a few
     * seconds on first use.
     */
    public static StanfordCoreNLP tagger() {
        return PIPELINES.computeIfAbsent("tokenize,ssplit,pos,lemma,ner", k -> new StanfordCoreNLP(taggerProperties()));
    }

    /**
     * The tokens of a text by the annotation's tokenizer alone (no tags: {@code pos} is null),
     * for callers that only cut or count words, such as a cluster's topic phrase.
     */
    public static List<Token> tokens(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        StanfordCoreNLP tokenizer = PIPELINES.computeIfAbsent("tokenize", k -> {
            Properties p = taggerProperties();
            p.setProperty("annotators", k);
            return new StanfordCoreNLP(p);
        });
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Token(t.beginPosition(), t.endPosition(), text.substring(t.beginPosition(), t.endPosition()),
                    null, null, "O", null));
        }
        return tokens;
    }

    /** A fresh copy of the tagger's settings, for measurements that vary one of them (src/eval). */
    public static Properties taggerProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", TOKENIZE_OPTIONS);
        p.setProperty("ssplit.isOneSentence", "true");
        p.setProperty("ner.model", NER_MODELS);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        // Dates like "March 3" stay XXXX-03-03 when the article has no date, instead of taking today's year.
        p.setProperty("ner.docdate.usePresent", "false");
        return p;
    }
}
