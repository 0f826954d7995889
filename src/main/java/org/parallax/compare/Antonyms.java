package org.parallax.compare;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Antonyms from WordNet 3.1 (extjwnl, the data ship in a jar). The dictionary loads once per
 * process, on first use; answers are cached. Only WordNet's direct antonym links are used
 * (win/lose, rise/fall, open/close), not looser "similar to" chains, so a pair flagged is a real
 * opposite. The news opposites of compare/opposites.tsv come first: WordNet lacks "up"/"down" and
 * past forms such as "rose"/"fell".
 */
public final class Antonyms {
    private static volatile Dictionary dictionary;
    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    private Antonyms() {
    }

    /** WordNet, loaded once per process on first use; callers synchronize on Antonyms.class. */
    static Dictionary dictionary() {
        Dictionary d = dictionary;
        if (d == null) {
            synchronized (Antonyms.class) {
                if (dictionary == null) {
                    try {
                        dictionary = Dictionary.getDefaultResourceInstance();
                    } catch (JWNLException e) {
                        throw new IllegalStateException("cannot load WordNet: " + e.getMessage(), e);
                    }
                }
                d = dictionary;
            }
        }
        return d;
    }

    /** The direct antonyms of a lemma over all parts of speech, lower case. */
    public static Set<String> of(String lemma) {
        return CACHE.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), Antonyms::lookup);
    }

    public static boolean opposite(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return Cues.SHARED.opposites.getOrDefault(x, Set.of()).contains(y) || of(x).contains(y) || of(y).contains(x);
    }

    private static Set<String> lookup(String lemma) {
        Set<String> out = new HashSet<>();
        if (lemma.length() < 3 || !Character.isLetter(lemma.charAt(0))) {
            return out;
        }
        try {
            synchronized (Antonyms.class) {
                for (POS pos : POS.getAllPOS()) {
                    IndexWord iw = dictionary().getIndexWord(pos, lemma);
                    if (iw == null) {
                        continue;
                    }
                    for (Synset s : iw.getSenses()) {
                        for (Word w : s.getWords()) {
                            if (!w.getLemma().equalsIgnoreCase(lemma)) {
                                continue;
                            }
                            for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
                                if (p.getTarget() instanceof Word t) {
                                    out.add(t.getLemma().toLowerCase(Locale.ROOT));
                                }
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            return out;
        }
        return out;
    }
}
