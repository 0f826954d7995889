package org.parallax.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * Two words are synonyms when one of the most common senses of one (WordNet 3.1, the dictionary
 * {@link Antonyms} loads) holds the other ("phone" / "telephone"). Only a word's first senses
 * count ({@code wordnet.synonym.senses}), so a rare sense of a word does not make it a synonym of
 * anything. Inflected forms are looked up through WordNet's own morphology ("talking" → talk).
 * Answers are cached.
 */
final class WordNetSynonyms {
    private final int senses;
    private final Map<String, Set<String>> lemmas = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> senseWords = new ConcurrentHashMap<>();

    /** {@code senses}: how many senses of a word are read, most common first. */
    WordNetSynonyms(int senses) {
        this.senses = senses;
    }

    /** The two words (any form, lower case) share one of their most common senses. */
    boolean synonyms(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y) || x.length() < 3 || y.length() < 3 || !Character.isLetter(x.charAt(0)) || !Character.isLetter(y.charAt(0))) {
            return false;
        }
        return inCommonSenseOf(x, y) || inCommonSenseOf(y, x);
    }

    /** A base form of {@code word} stands in one of the most common senses of {@code of}. */
    private boolean inCommonSenseOf(String word, String of) {
        Set<String> near = senseWords.computeIfAbsent(of, this::senseWordsOf);
        return lemmas.computeIfAbsent(word, WordNetSynonyms::lemmasOf).stream().anyMatch(near::contains);
    }

    private static List<IndexWord> indexWords(String word) {
        try {
            synchronized (Antonyms.class) {
                return Antonyms.dictionary().lookupAllIndexWords(word).getIndexWordCollection().stream().toList();
            }
        } catch (JWNLException e) {
            return List.of();
        }
    }

    /** The base forms of a word, over all parts of speech. */
    private static Set<String> lemmasOf(String word) {
        Set<String> out = new HashSet<>();
        for (IndexWord iw : indexWords(word)) {
            out.add(iw.getLemma().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Every word of a word's most common senses, other than the word itself. */
    private Set<String> senseWordsOf(String word) {
        Set<String> out = new HashSet<>();
        for (IndexWord iw : indexWords(word)) {
            String self = iw.getLemma().toLowerCase(Locale.ROOT);
            synchronized (Antonyms.class) {
                List<Synset> all = iw.getSenses();
                for (Synset s : all.subList(0, Math.min(senses, all.size()))) {
                    for (Word w : s.getWords()) {
                        String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                        if (!lemma.equals(self)) {
                            out.add(lemma);
                        }
                    }
                }
            }
        }
        return out;
    }
}
