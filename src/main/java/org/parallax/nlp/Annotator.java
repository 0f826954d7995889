package org.parallax.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parallax.model.AnalysisText;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.model.TimeValue;

/**
 * Annotates articles (and single statements, for the pairs command): tokens with lemma, POS and
 * NER tag, named mentions and normalized time expressions per sentence. Offsets point into the
 * article's original text. Thread-safe; the models behind it load once per process, on first use.
 */
public final class Annotator {
    private static final Annotator SHARED = new Annotator();

    /** The name types of CoreNLP's coarse NER, the four the rest of the engine uses. */
    private static final Set<String> MENTION_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private static final List<String> TIME_TYPES = List.of("DATE", "TIME", "DURATION", "SET");

    private Annotator() {
    }

    public static Annotator shared() {
        return SHARED;
    }

    /** Loads the CoreNLP models now (they load on first use otherwise); safe to call from any thread. */
    public void load() {
        CoreNlp.sentences();
        CoreNlp.tagger();
    }

    /** Annotates every sentence of the article's kept paragraphs; relative dates resolve against its published date. */
    public AnnotatedArticle annotate(Article article) {
        String text = AnalysisText.of(article);
        List<AnnotatedSentence> sentences = new ArrayList<>();
        for (SentenceSplitter.Sentence s : SentenceSplitter.split(article)) {
            sentences.add(annotateSentence(text, s.start(), s.end(), s.kind(), article.published()));
        }
        return new AnnotatedArticle(article, sentences);
    }

    /**
     * Annotates a single statement (one or more sentences) as a one-paragraph body article with
     * id "s" and no date, so its offsets are offsets into {@code statement}.
     */
    public AnnotatedArticle annotateText(String statement) {
        return annotateText(statement, null);
    }

    /** As {@link #annotateText(String)}, with a date against which "yesterday" or "last week" resolve. */
    public AnnotatedArticle annotateText(String statement, LocalDate date) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= statement.length(); i++) {
            if (i == statement.length() || statement.charAt(i) == '\n') {
                if (!statement.substring(lineStart, i).isBlank()) {
                    paragraphs.add(new Paragraph(lineStart, i, ParagraphKind.BODY));
                }
                lineStart = i + 1;
            }
        }
        Article article = Article.read("statement", "pasted", statement).withId("s")
                .withMetadata(null, null, date, null, null)
                .withCleaning(paragraphs, List.of());
        return annotate(article);
    }

    private AnnotatedSentence annotateSentence(String text, int start, int end, ParagraphKind kind, LocalDate date) {
        Annotation doc = new Annotation(text.substring(start, end));
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        CoreNlp.tagger().annotate(doc);
        List<Token> tokens = new ArrayList<>();
        List<NamedMention> mentions = new ArrayList<>();
        List<TimeValue> times = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                int ts = start + t.beginPosition();
                int te = start + t.endPosition();
                tokens.add(new Token(ts, te, text.substring(ts, te), t.lemma(), t.tag(), t.ner(),
                        t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
            List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            for (CoreMap m : found == null ? List.<CoreMap>of() : found) {
                int ms = start + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int me = start + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                String type = MENTION_TYPES.contains(ner) ? ner : null;
                if (type != null && isTagged(m)) {
                    mentions.add(new NamedMention(ms, me, text.substring(ms, me), type));
                } else if (TIME_TYPES.contains(ner)) {
                    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                    String value = timex == null ? m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
                            : timex.value() != null ? timex.value() : timex.altVal();
                    String timeType = timex != null && timex.timexType() != null ? timex.timexType() : ner;
                    times.add(new TimeValue(text.substring(ms, me), ms, me, timeType, value));
                }
            }
        }
        return new AnnotatedSentence(start, end, kind, tokens, mentions, times);
    }

    /** CoreNLP also lists pronouns ("He") as PERSON mentions for coreference; only named ones count here. */
    private static boolean isTagged(CoreMap mention) {
        return mention.get(CoreAnnotations.TokensAnnotation.class).stream().anyMatch(t -> !"O".equals(t.ner()));
    }
}
