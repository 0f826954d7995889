package org.parallax.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.AnalysisText;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.model.Span;

/**
 * Splits an article's kept paragraphs into sentences with CoreNLP's tokenizer (abbreviations such
 * as Mr, U.S. and Gen. and quotes spanning sentences), then also splits where a full stop is
 * followed by a capital with the space missing ("said on Monday.The mayor"), a common paste error,
 * and joins what a decimal point spaced apart cut in two ("a magnitude 6. 0 quake", "$7. 5 million"
 * in tokenised copies: 118 times in the ECB+ development texts), since news style starts no sentence
 * with digits.
 */
public final class SentenceSplitter {
    /** Lower-case word end, sentence punctuation (and a closing quote), then a capitalized word with no space. */
    private static final Pattern MISSING_SPACE = Pattern.compile("(?<=\\p{Ll}{2}[.!?][\"”’)]?)(?=\\p{Lu}\\p{Ll})");

    /** A sentence with the role of the paragraph it stands in. */
    public record Sentence(int start, int end, ParagraphKind kind) {
        public Span span() {
            return new Span(start, end);
        }
    }

    private SentenceSplitter() {
    }

    public static List<Sentence> split(Article article) {
        String text = AnalysisText.of(article);
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            for (Span s : splitParagraph(text, p.span())) {
                out.add(new Sentence(s.start(), s.end(), p.kind()));
            }
        }
        return out;
    }

    static List<Span> splitParagraph(String text, Span paragraph) {
        Annotation doc = new Annotation(text.substring(paragraph.start(), paragraph.end()));
        CoreNlp.sentences().annotate(doc);
        List<Span> out = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int start = paragraph.start() + sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = paragraph.start() + sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (!out.isEmpty() && continuesDecimal(text, out.get(out.size() - 1).end(), start)) {
                start = out.remove(out.size() - 1).start();
            }
            splitMissingSpace(text, start, end, out);
        }
        return out;
    }

    /** The sentence before ends on "digit." and the next starts with a digit one space later: "6. 0". */
    private static boolean continuesDecimal(String text, int previousEnd, int start) {
        return previousEnd >= 2 && start == previousEnd + 1 && text.charAt(previousEnd - 1) == '.'
                && Character.isDigit(text.charAt(previousEnd - 2)) && text.charAt(previousEnd) == ' '
                && start < text.length() && Character.isDigit(text.charAt(start));
    }

    private static void splitMissingSpace(String text, int start, int end, List<Span> out) {
        Matcher m = MISSING_SPACE.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            if (m.start() > from) {
                out.add(new Span(from, m.start()));
            }
            from = m.start();
        }
        if (end > from) {
            out.add(new Span(from, end));
        }
    }
}
