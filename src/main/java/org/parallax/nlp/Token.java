package org.parallax.nlp;

/**
 * A token with its offsets into the article's original text. {@code ner} is the entity tag
 * (PERSON, ORGANIZATION, LOCATION, DATE, NUMBER, ... or "O"), {@code normalized} the normalized
 * value CoreNLP gives dates and numbers (or null).
 */
public record Token(int start, int end, String word, String lemma, String pos, String ner, String normalized) {
}
