package org.parallax.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Resources;

/**
 * Tells whether an article is in English, the only language Parallax analyses, from the share of
 * its words that are English function words; when it is not, names what it looks like (another
 * language from the word lists, or a non-Latin script) so the user gets "not supported" instead
 * of nonsense claims. Lists and thresholds: {@code resources/ingest/}.
 */
public final class LanguageCheck {
    private record Language(String code, String name, Set<String> words) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Enough words to judge; counting a whole book would only cost time. */
    private static final int MAX_WORDS_COUNTED = 5000;
    private static final int SENTENCE_MIN_WORDS = 8;
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}[.!?]");

    private static volatile LanguageCheck standard;

    private final Language english;
    private final List<Language> others;
    private final int minWords;
    private final double minEnglishShare;
    private final double minRunningShare;

    private LanguageCheck(List<Language> languages, int minWords, double minEnglishShare, double minRunningShare) {
        this.english = languages.stream().filter(l -> l.code().equals("en")).findFirst()
                .orElseThrow(() -> new IllegalStateException("function-words.txt has no \"en\" line"));
        this.others = languages.stream().filter(l -> l != english).toList();
        this.minWords = minWords;
        this.minEnglishShare = minEnglishShare;
        this.minRunningShare = minRunningShare;
    }

    /** The check with the shipped word lists, loaded once per process. */
    public static LanguageCheck standard() {
        LanguageCheck c = standard;
        if (c == null) {
            synchronized (LanguageCheck.class) {
                if (standard == null) {
                    Properties p = Resources.properties("ingest/language.properties");
                    standard = new LanguageCheck(languages("ingest/function-words.txt"),
                            Integer.parseInt(p.getProperty("minWords").strip()),
                            Double.parseDouble(p.getProperty("minEnglishShare").strip()),
                            Double.parseDouble(p.getProperty("minRunningShare").strip()));
                }
                c = standard;
            }
        }
        return c;
    }

    /**
     * Empty when the text reads as English; else the reason to show. However short, a text is
     * refused when another language's function words outnumber English ones; a text with few
     * English function words is refused as too short to tell when it is short, as too little
     * running text when it is mostly list items or table cells, and as not English otherwise.
     */
    public Optional<String> notEnglish(CharSequence text) {
        List<String> words = new ArrayList<>();
        Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < MAX_WORDS_COUNTED) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words.add(w);
            // Letters, not words, are counted per script: Chinese and Japanese put no spaces between words.
            w.codePoints().forEach(c -> scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum));
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        double englishShare = share(words, english.words());
        Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(Character.UnicodeScript.LATIN);
        Language other = null;
        double otherShare = 0;
        for (Language l : others) {
            double s = share(words, l.words());
            if (s > otherShare) {
                other = l;
                otherShare = s;
            }
        }
        boolean otherLanguage = main == Character.UnicodeScript.LATIN && otherShare >= minEnglishShare && otherShare > englishShare;
        // A short text's share is noisy ("so" and "still" are not on the list): below minWords any
        // English function word passes it, unless another language's words outnumber them.
        boolean english = words.size() < minWords ? englishShare > 0 && englishShare >= otherShare
                : englishShare >= minEnglishShare;
        if (english && !otherLanguage) {
            return Optional.empty();
        }
        if (main == Character.UnicodeScript.LATIN && !otherLanguage) {
            if (words.size() < minWords) {
                return Optional.of(String.format(Locale.ROOT,
                        "too little text to tell its language (%d words, none of them common English words); "
                                + "Parallax analyses English articles only", words.size()));
            }
            if (runningTextShare(text, words.size()) < minRunningShare) {
                return Optional.of(String.format(Locale.ROOT,
                        "too little running text (it reads as lists or table cells: %d%% of its words are in sentences); "
                                + "Parallax analyses articles written in sentences",
                        Math.round(runningTextShare(text, words.size()) * 100)));
            }
        }
        String looksLike = main != Character.UnicodeScript.LATIN ? scriptName(main)
                : otherLanguage || otherShare >= minEnglishShare ? "looks like " + other.name() + "; " : "";
        return Optional.of(String.format(Locale.ROOT,
                "not in English (%sonly %d%% of its words are common English words); Parallax analyses English articles only",
                looksLike, Math.round(englishShare * 100)));
    }

    /**
     * The share of the words that stand in sentences: lines of at least {@link #SENTENCE_MIN_WORDS}
     * words holding a full stop, question or exclamation mark.
     */
    private static double runningTextShare(CharSequence text, int totalWords) {
        int inSentences = 0;
        for (String line : text.toString().split("\n")) {
            int n = 0;
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                n++;
            }
            if (n >= SENTENCE_MIN_WORDS && SENTENCE_END.matcher(line).find()) {
                inSentences += n;
            }
        }
        return Math.min(1.0, (double) inSentences / totalWords);
    }

    private static String scriptName(Character.UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return "written in " + Character.toUpperCase(name.charAt(0)) + name.substring(1) + " script; ";
    }

    private static double share(List<String> words, Set<String> list) {
        long hits = words.stream().filter(list::contains).count();
        return (double) hits / words.size();
    }

    private static List<Language> languages(String resource) {
        List<Language> out = new ArrayList<>();
        for (Resources.Row row : Resources.rows(Resources.lines(resource), resource, 3, "CODE<TAB>Name<TAB>words")) {
            String[] cols = row.cells();
            out.add(new Language(cols[0].strip(), cols[1].strip(),
                    new HashSet<>(Arrays.asList(cols[2].strip().toLowerCase(Locale.ROOT).split("\\s+")))));
        }
        return out;
    }
}
