package org.parallax.nlp;

import java.util.List;
import org.parallax.model.ParagraphKind;
import org.parallax.model.TimeValue;

/** A sentence of an article with its tokens, entity mentions and normalized time expressions. */
public record AnnotatedSentence(int start, int end, ParagraphKind kind, List<Token> tokens,
                                List<NamedMention> mentions, List<TimeValue> times) {
    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
    }
}
