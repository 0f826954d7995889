package org.parallax.compare;

import edu.stanford.nlp.process.Morphology;
import org.parallax.nlp.Annotator;
import org.parallax.nlp.CoreNlp;
import org.parallax.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement read for comparison: its words with stems, the names, numbers with units, dates,
 * negation, modality and quantifier cues it holds. The words are the tokens of the annotation
 * (a claim's, from its article; a bare sentence of {@code parallax pairs} is annotated the same
 * way), so the comparator reads a sentence alike in both.
 */
public final class Statement {
    private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));
    /** The months news style shortens before a day ("Aug. 15", "Sept. 3"): read only so written, capital and full stop. */
    private static final Map<String, Integer> SHORT_MONTHS = Map.of("jan", 1, "feb", 2, "aug", 8, "sep", 9, "sept", 9,
            "oct", 10, "nov", 11, "dec", 12);
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
            Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0),
            Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0),
            Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0),
            Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0),
            Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0), Map.entry("hundred", 100.0),
            Map.entry("dozen", 12.0), Map.entry("dozens", 24.0), Map.entry("hundreds", 200.0), Map.entry("thousands", 2000.0));
    /** What joins the figures of a range or list: a dash or slash, "to", "and", "or", "through", a comma. */
    private static final Pattern RANGE_JOINS =
            Pattern.compile("(?:[-\u2013\u2014/,]|,? ?(?:to|and|or|through))?");

    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "mln", 1e6, "bln", 1e9, "bn", 1e9);

    /** A word with its offsets into the statement text. */
    public record Word(String text, String lower, String stem, int start, int end, boolean capitalized) {
    }

    /**
     * A number with its unit (canonical unit, or the stem of the noun it counts; "" when none) and
     * the index of the word it stands on (a compound's units word: "Eighty-six"), and of the last
     * word of the figure with its scale ("150 million", "$60m").
     */
    public record Amount(String text, double value, String unit, boolean approximate, int decimals, int index, int figureEnd) {
    }

    /** A clock time, "6:41", "14: 08" (some texts space the colon). */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2} ?: ?\\d\\d");
    private static final Pattern HOUR_MINUTE = Pattern.compile("(\\d{1,2}) ?: ?(\\d\\d)(?!\\d)");

    /**
     * Penn tags of words that carry no content of their own: determiners, conjunctions, pronouns,
     * particles. Not prepositions: "without" or "unless" left out of a quote would change it.
     */
    private static final Set<String> FUNCTION_TAGS = Set.of("DT", "PDT", "CC", "PRP", "PRP$", "RP", "TO", "WDT", "WP",
            "WP$", "EX", "POS", "UH");

    /** The modal auxiliaries: a modal bears on the verb after it. */
    static final Set<String> MODAL_VERBS = Set.of("may", "might", "could", "will", "would", "can", "should", "must");

    private static final Set<String> AUXILIARY_VERBS = Set.of("has", "have", "had", "having", "is", "are", "was", "were",
            "be", "been", "being", "am", "'s", "'re");

    /** Words before a number that make it a lower bound, or an upper bound ({@link #bound}). */
    private static final Set<String> LOWER_BOUNDS = Set.of("over", "above", "exceeding", "more than", "at least", "in excess of");
    private static final Set<String> UPPER_BOUNDS = Set.of("under", "below", "nearly", "almost", "less than", "fewer than",
            "at most", "up to", "as much as", "as many as");

    /** Upper bounds that put the figure a little below the number ("nearly 30" is 28, not 5). */
    private static final Set<String> NEAR_BELOW = Set.of("nearly", "almost");

    /** Words before a number that make it approximate ("about 30", "more than 250"). */
    private static final Set<String> APPROXIMATE = Set.of("about", "around", "nearly", "almost", "roughly", "approximately",
            "over", "under", "up to", "more than", "less than", "at least", "at most", "as many", "as much",
            "between", "estimated");

    /** An "s" or "'s" ends the word at {@code end}: "1980s", "1980's". */
    private boolean decadeSuffix(int end) {
        int at = text.startsWith("'s", end) || text.startsWith("’s", end) ? end + 2 : text.startsWith("s", end) ? end + 1 : -1;
        return at > 0 && (at == text.length() || !Character.isLetterOrDigit(text.charAt(at)));
    }

    private static int decimals(String digits) {
        int dot = digits.lastIndexOf('.');
        return dot < 0 ? 0 : digits.length() - dot - 1;
    }

    /** A date part: field YEAR, MONTH, DAY (of month, "4-20") or WEEKDAY, with its words and the index of the first. */
    public record DatePart(String field, String value, String text, int index) {
    }

    /** A cue found: its category and the index of its first word. */
    public record Cue(String category, String text, int index) {
    }

    private final String text;
    private final List<Word> words = new ArrayList<>();
    private final Set<String> contentStems = new LinkedHashSet<>();
    private final List<String> names = new ArrayList<>();
    private final List<Amount> amounts = new ArrayList<>();
    private final List<DatePart> dates = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();
    private final Set<String> extraNames = new LinkedHashSet<>();
    private final List<List<String>> people = new ArrayList<>();
    /** Part-of-speech tag of each word, from its token in the annotation; null where the token had none. */
    private final String[] tags;
    /** Entity type of each word from the annotation (PERSON, DATE, NUMBER, ..., "O"), null where none is known. */
    private final String[] entityTypes;

    private Statement(String text, List<Token> tokens, IntUnaryOperator textIndex) {
        this.text = text;
        List<Token> tokenOf = new ArrayList<>();
        words.addAll(wordsOf(text, tokens, textIndex, tokenOf));
        tags = tokenOf.stream().map(Token::pos).toArray(String[]::new);
        entityTypes = tokenOf.stream().map(Token::ner).toArray(String[]::new);
        read();
    }

    /**
     * Reads a bare sentence ({@code parallax pairs}, a pasted statement): annotated as an article's
     * sentences are (the same splitter, tokenizer, tagger and NER), so a sentence reads alike as a
     * bare statement and as a claim.
     */
    public static Statement of(String text) {
        String t = text == null ? "" : text;
        List<Token> tokens = new ArrayList<>();
        if (!t.isBlank()) {
            Annotator.shared().annotateText(t).sentences().forEach(s -> tokens.addAll(s.tokens()));
        }
        return new Statement(t, tokens, i -> i);
    }

    /**
     * Reads a claim on its article's annotation: {@code tokens} are the annotated tokens of the
     * article, {@code position} maps each index of the claim's text to the article's text (the
     * claim is the article's span with each run of whitespace made one space). A claim whose text
     * the tokens do not cover (none fall inside it) is read as a bare sentence.
     */
    public static Statement of(String text, List<Token> tokens, IntUnaryOperator position) {
        String t = text == null ? "" : text;
        if (t.isEmpty()) {
            return of(t);
        }
        int from = position.applyAsInt(0);
        int to = position.applyAsInt(t.length() - 1) + 1;
        int[] claimIndex = new int[Math.max(0, to - from)];
        java.util.Arrays.fill(claimIndex, -1);
        for (int i = t.length() - 1; i >= 0; i--) {
            int at = position.applyAsInt(i) - from;
            if (at >= 0 && at < claimIndex.length) {
                claimIndex[at] = i;
            }
        }
        List<Token> inside = new ArrayList<>();
        for (Token k : tokens) {
            if (k.start() >= from && k.end() <= to && claimIndex[k.start() - from] >= 0) {
                inside.add(k);
            }
        }
        if (inside.isEmpty()) {
            return of(t);
        }
        return new Statement(t, inside, i -> i >= from && i < to ? claimIndex[i - from] : -1);
    }

    /** Adds entity names known from the annotator (e.g. multi-word names) to those read from capitals. */
    public Statement withNames(List<String> known) {
        for (String n : known) {
            extraNames.add(n.toLowerCase(Locale.ROOT));
        }
        return this;
    }

    /**
     * The people the claim names (its PERSON entities, by their resolved names), each as its
     * lower-case words without titles: "Mayor Lena Okafor" → [lena, okafor].
     */
    public Statement withPeople(List<String> known) {
        for (String n : known) {
            List<String> name = new ArrayList<>();
            for (String w : n.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
                String word = withoutPossessive(w.replaceAll("[^\\p{L}'’]", ""));
                if (word.length() > 1 && !isStop(word) && !Cues.SHARED.titles.contains(word)) {
                    name.add(word);
                }
            }
            if (!name.isEmpty()) {
                people.add(List.copyOf(name));
            }
        }
        return this;
    }

    /** The people {@link #withPeople} gave, each as its words; empty for a bare statement. */
    public List<List<String>> people() {
        return people;
    }

    /**
     * Word {@code i} can head what a negation denies: a verb or an adjective, or a word whose tag
     * is unknown. "no team has offered" negates the offering, not the team.
     */
    public boolean predicateAt(int i) {
        String tag = tagAt(i);
        // An adjective or a past participle before its noun ("scientific expertise", "left jab", "a
        // listed species") qualifies; it asserts nothing. After an auxiliary a participle is the verb
        // ("has killed people"); a gerund takes its object ("without warning residents").
        String next = tagAt(i + 1);
        boolean beforeNoun = next != null && (next.startsWith("NN") || next.startsWith("JJ"));
        if (tag == null || tag.startsWith("VB") && !tag.equals("VBN")) {
            return true;
        }
        if (tag.equals("VBN")) {
            return !beforeNoun || auxiliaryBefore(i);
        }
        return tag.startsWith("JJ") && !beforeNoun;
    }

    /**
     * Where the noun phrase starting at word {@code from} ends, read from the tags: past its
     * determiners, adjectives, numbers and nouns ("motorcycle rider" of "no motorcycle rider is
     * standing"). A word in -ing past its first word ends it ("no biker jumping": the tagger often
     * calls such a verb a noun; "no drinking water" keeps its first). {@code from} itself when its
     * tag is unknown.
     */
    public int nounPhraseEnd(int from) {
        int i = from;
        while (i < words.size() && tags[i] != null) {
            if (i > from && words.get(i).lower().endsWith("ing")) {
                break;
            }
            boolean afterNoun = i > from && tags[i - 1] != null && tags[i - 1].startsWith("NN");
            // A name after a common noun opens a clause of its own ("no wonder AOL lost").
            if (afterNoun && !tags[i - 1].startsWith("NNP") && tags[i].startsWith("NNP")) {
                break;
            }
            boolean phraseFollows = i + 1 < words.size() && tags[i + 1] != null && NOUN_PHRASE_TAGS.contains(tags[i + 1]);
            // A preposition after the noun takes its own noun phrase along ("no man in a red
            // uniform making a jump"), and "and" joins two ("no black and white dog"): all of it
            // names who is meant.
            boolean preposition = afterNoun && tags[i].equals("IN") && phraseFollows;
            boolean joined = i > from && tags[i].equals("CC") && phraseFollows;
            if (!preposition && !joined && !NOUN_PHRASE_TAGS.contains(tags[i])) {
                break;
            }
            i++;
        }
        return i;
    }

    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "CD", "PRP$", "POS");

    /** Word {@code i} is a finite verb or a modal by its tag ("has", "was", "visited" in "no one visited"). */
    public boolean finiteVerbAt(int i) {
        String tag = tagAt(i);
        return tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"));
    }

    /** Word {@code i} is tagged an adverb ("thoroughly"); false when its tag is unknown. */
    public boolean adverbAt(int i) {
        String tag = tagAt(i);
        return tag != null && tag.startsWith("RB");
    }

    /** The annotation's part-of-speech tag of word {@code i}; null past either end or where the token had none. */
    private String tagAt(int i) {
        return i >= 0 && i < tags.length ? tags[i] : null;
    }

    /**
     * An auxiliary stands right before word {@code i}, or before the negation or adverb that
     * stands there: "has terminated", "have not terminated", "hasn't yet terminated".
     */
    private boolean auxiliaryBefore(int i) {
        int j = i - 1;
        while (j >= 0 && (ADVERBS_IN_VERB_GROUP.contains(words.get(j).lower()) || adverbAt(j))) {
            if (words.get(j).lower().endsWith("n't")) {
                return true;
            }
            j--;
        }
        return j >= 0 && AUXILIARY_VERBS.contains(words.get(j).lower());
    }

    private static final Set<String> ADVERBS_IN_VERB_GROUP = Set.of("not", "never", "yet", "already", "also", "still", "just");

    public String text() {
        return text;
    }

    public List<Word> words() {
        return words;
    }

    public Set<String> contentStems() {
        return contentStems;
    }

    /** Names (capitalized words that are not sentence openers), lower case, one word each. */
    public List<String> names() {
        return names;
    }

    public Set<String> extraNames() {
        return extraNames;
    }

    public List<Amount> amounts() {
        return amounts;
    }

    public List<DatePart> dates() {
        return dates;
    }

    public List<Cue> cues() {
        return cues;
    }

    public List<Cue> cues(String category) {
        return cues.stream().filter(c -> c.category().equals(category)).toList();
    }

    public boolean has(String category) {
        return cues.stream().anyMatch(c -> c.category().equals(category));
    }

    /**
     * How many places the statement negates at: negation cues and "not yet" cues ("has yet to",
     * "never"), one per word position, "not only" not counted. One count for every rule, so that
     * "had not yet regained" and "had yet to regain" negate alike.
     */
    public int negations() {
        Set<Integer> at = new java.util.TreeSet<>();
        for (Cue c : cues) {
            if (!c.category().equals("negation") && !c.category().equals("notyet")) {
                continue;
            }
            if (!notOnlyAt(c.index())) {
                at.add(c.index());
            }
        }
        return at.size();
    }

    /** Word {@code i} is joined by a hyphen to a word before or after it ("do-not-call"). */
    public boolean hyphenatedAt(int i) {
        Word w = words.get(i);
        boolean before = w.start() >= 2 && text.charAt(w.start() - 1) == '-' && Character.isLetter(text.charAt(w.start() - 2));
        boolean after = w.end() + 1 < text.length() && text.charAt(w.end()) == '-' && Character.isLetter(text.charAt(w.end() + 1));
        return before || after;
    }

    /** Words {@code i, i + 1} are "not only", which negates nothing ("not only X but also Y"). */
    boolean notOnlyAt(int i) {
        return i + 1 < words.size() && words.get(i).lower().equals("not") && words.get(i + 1).lower().equals("only");
    }

    boolean isStop(String lower) {
        return Cues.SHARED.stop.contains(lower);
    }

    /** The annotation tags this word as a function word ("both", "your", "out"); false when its tag is unknown. */
    boolean functionWord(Word w) {
        String tag = tagAt(words.indexOf(w));
        return tag != null && FUNCTION_TAGS.contains(tag);
    }

    /** The word without a possessive "'s" ("Sunday's" → "sunday's" → "sunday"), lower case in, lower case out. */
    static String withoutPossessive(String lower) {
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /** A word that carries content: not a function word, a lone letter or punctuation. */
    boolean isContent(Word x) {
        String lower = x.lower();
        return !isStop(lower) && lower.length() > 1 && Character.isLetterOrDigit(lower.charAt(0));
    }

    /**
     * The words of {@code text} with their stems and offsets, and nothing else read, by the
     * annotation's tokenizer: for callers that only cut or count words (a cluster's topic phrase).
     */
    public static List<Word> wordsOf(String text) {
        String t = text == null ? "" : text;
        return wordsOf(t, CoreNlp.tokens(t), i -> i, new ArrayList<>());
    }

    /**
     * The words of the statement, made from the annotation's tokens ({@code textIndex} maps a
     * token's offset to the statement's text, -1 outside it): a comparison reads the tokens that
     * every other stage reads. Punctuation is no word (a currency sign and "%" are); a clitic token
     * is part of the word it is glued to ("did|n't", "Sunday|'s", "can|not"), and a token is read as
     * its runs of letters and of digits ("co-defendants", "U.S.", "234-7743", "6:41", "$160MM"),
     * so that the rules see a word, its negation and a figure the same way however the tokenizer
     * cut it. {@code tokenOf} receives each word's token (the first one's for a word of several),
     * whose tags the word takes.
     */
    private static List<Word> wordsOf(String text, List<Token> tokens, IntUnaryOperator textIndex, List<Token> tokenOf) {
        List<Word> out = new ArrayList<>();
        Morphology morphology = MORPHOLOGY.get();
        for (Token token : tokens) {
            int start = textIndex.applyAsInt(token.start());
            int end = token.end() > token.start() ? textIndex.applyAsInt(token.end() - 1) + 1 : start;
            if (start < 0 || end <= start || end > text.length()) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).end() == start && Character.isLetter(text.charAt(start - 1))
                    && clitic(text, start, end)) {
                Word last = out.remove(out.size() - 1);
                out.add(word(text, last.start(), end, morphology));
                continue;
            }
            if (end - start == 1 && "$€£%".indexOf(text.charAt(start)) >= 0) {
                out.add(word(text, start, end, morphology));
                tokenOf.add(token);
                continue;
            }
            addRuns(text, start, end, token, out, tokenOf, morphology);
        }
        mergeSpacedThousands(text, out, morphology, tokenOf);
        return out;
    }

    /** The token's runs of letters and of digits as words: "co-defendants", "U.S.", "234-7743", "6:41", "160MM". */
    private static void addRuns(String text, int start, int end, Token token, List<Word> out, List<Token> tokenOf,
                                Morphology morphology) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            boolean letters = Character.isLetter(c);
            // ".5" is a number; "a.308" (a lost space) is the word "a" and the number 308.
            boolean digits = Character.isDigit(c) || c == '.' && i + 1 < end && Character.isDigit(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!letters && !digits) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && (letters ? Character.isLetter(text.charAt(j)) || apostrophe(text.charAt(j)) && j + 1 < end
                    && Character.isLetter(text.charAt(j + 1))
                    : Character.isDigit(text.charAt(j)) || (text.charAt(j) == '.' || text.charAt(j) == ',') && j + 1 < end
                    && Character.isDigit(text.charAt(j + 1)))) {
                j++;
            }
            out.add(word(text, i, j, morphology));
            tokenOf.add(token);
            i = j;
        }
    }

    /** A token that only completes the word before it: "n't", "'s", "'re", the "not" of "cannot". */
    private static boolean clitic(String text, int start, int end) {
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            letter |= Character.isLetter(c);
            if (!Character.isLetter(c) && !(apostrophe(c) && i + 1 < end && Character.isLetter(text.charAt(i + 1)))) {
                return false;
            }
        }
        return letter;
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * "1, 000" (a tokenised copy spaces the thousands separator): one number, as "1,000" is. A
     * first group of more than three digits is a number of its own: "between 1993 and 2002, 142
     * allegations".
     */
    private static void mergeSpacedThousands(String text, List<Word> out, Morphology morphology, List<Token> tokenOf) {
        for (int i = 0; i + 1 < out.size(); i++) {
            Word x = out.get(i);
            Word y = out.get(i + 1);
            boolean spaced = text.startsWith(", ", x.end()) && y.start() == x.end() + 2 && y.text().matches("\\d{3}")
                    && x.text().matches("\\d{1,3}(?:, ?\\d{3})*");
            if (spaced) {
                out.set(i, word(text, x.start(), y.end(), morphology));
                out.remove(i + 1);
                tokenOf.remove(i + 1);
                i--;
            }
        }
    }

    private static Word word(String text, int start, int end, Morphology morphology) {
        String w = text.substring(start, end).replace('’', '\'');
        String lower = w.toLowerCase(Locale.ROOT);
        // The stem is the word's lemma without its tag. The annotation's lemmas, read with each
        // word's tag, were tried instead: the tagger calls "jumping" a verb in one sentence and a
        // noun in the other ("no biker jumping" / "a biker is jumping"), so the two stop matching;
        // SICK contradiction F1 fell 0.830 to 0.824, negated RTE-2 0.503 to 0.500; MSRP's and
        // perturb_dev's figures stayed the same.
        String stem = Character.isLetter(w.charAt(0)) ? morphology.stem(lower.replace("'s", "")) : lower;
        return new Word(w, lower, stem, start, end, Character.isUpperCase(w.charAt(0)));
    }

    private void read() {
        Cues lex = Cues.SHARED;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!isStop(w.lower()) && w.lower().length() > 1 && !w.lower().endsWith("n't")) {
                contentStems.add(w.stem());
            }
            boolean opener = i == 0 || words.get(i - 1).text().matches("[\"“]");
            if (w.capitalized() && !isStop(w.lower()) && !Cues.SHARED.titles.contains(w.lower()) && !MONTHS.containsKey(w.lower()) && !WEEKDAYS.contains(w.lower())
                    && (!opener || (i + 1 < words.size() && words.get(i + 1).capitalized()))) {
                names.add(withoutPossessive(w.lower()));
            }
            if (w.lower().endsWith("n't") || w.lower().equals("cannot")) {
                cues.add(new Cue("negation", w.text(), i));
            }
        }
        // Only the phrases opening with a word of the statement are tried; the cues are kept in
        // lexicon order (category, phrase, then position), which the rules' first-cue reads rely on.
        record Found(Cues.Phrase cue, int at) {
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Cues.Phrase cue : lex.opening(words.get(i).lower())) {
                List<String> phrase = cue.words();
                if (i + phrase.size() > words.size() || !matches(phrase, i)) {
                    continue;
                }
                boolean bareNo = phrase.size() == 1 && phrase.get(0).equals("no");
                // "No. 10" numbers a thing; it negates nothing.
                boolean numbering = bareNo && i + 1 < words.size() && Character.isDigit(words.get(i + 1).lower().charAt(0));
                // "three no votes", "12 no votes": after a count, "no" makes a noun ("no vote", a vote
                // against); a determiner that denies never follows a count. A year may ("Since 1990 no
                // president has ..."), so four digits do not count.
                String before = i > 0 ? words.get(i - 1).lower() : "";
                boolean counted = bareNo && (NUMBER_WORDS.containsKey(before)
                        || before.length() <= 3 && before.chars().allMatch(Character::isDigit) && !before.isEmpty());
                // "no longer" tells a change, not a denial; "nothing but" restricts, it denies nothing
                // (compare/cues.tsv).
                String after = i + phrase.size() < words.size() ? words.get(i + phrase.size()).lower() : "";
                boolean change = bareNo && after.equals("longer")
                        || phrase.size() == 1 && phrase.get(0).equals("nothing") && after.equals("but");
                // "the first half", "the first round": a place in a sequence, not a first time;
                // "First Base", "First Lady": a name.
                boolean ordinal = cue.category().equals("first") && (phrase.size() == 1 && phrase.get(0).equals("first")
                        && lex.of("period").contains(List.of(after)) || i + 1 < words.size() && words.get(i + 1).capitalized());
                // "do-not-call list", "no-fly zone", "never-ending": a word of a hyphenated compound
                // names a kind of thing; it negates nothing.
                boolean compound = (cue.category().equals("negation") || cue.category().equals("notyet"))
                        && (hyphenatedAt(i) || hyphenatedAt(i + phrase.size() - 1));
                if (!numbering && !counted && !change && !ordinal && !compound) {
                    found.add(new Found(cue, i));
                }
            }
        }
        found.sort(java.util.Comparator.<Found>comparingInt(f -> f.cue().order()).thenComparingInt(Found::at));
        for (Found f : found) {
            cues.add(new Cue(f.cue().category(), String.join(" ", f.cue().words()), f.at()));
        }
        readNumbersAndDates();
        // "begun May 7": a capitalised word read as a month is no modal verb ("one-quarter may be
        // used", which the annotation may date, still hedges).
        cues.removeIf(c -> words.get(c.index()).capitalized()
                && dates.stream().anyMatch(d -> d.field().equals("MONTH") && d.index() == c.index()));
    }

    private boolean matches(List<String> phrase, int at) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(at + k).lower().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The hour word of a clock time adds a TIME part, its minutes on a 12-hour dial: "6:41pm" and
     * "18:41" are one time, and a sentence rarely says which half of the day a bare "6:41" is.
     */
    private void readClockTime(Word w, int i) {
        Matcher m = HOUR_MINUTE.matcher(text).region(w.start(), text.length());
        if (!m.lookingAt()) {
            return;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return;
        }
        // The part stands on the minutes' word: a changed time most often differs there.
        int at = i;
        while (at + 1 < words.size() && words.get(at + 1).start() < m.end()) {
            at++;
        }
        dates.add(new DatePart("TIME", String.valueOf((hour % 12) * 60 + minute), m.group(), at));
    }

    private void readNumbersAndDates() {
        Cues lex = Cues.SHARED;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            // "Sunday's election": the day itself.
            String lower = withoutPossessive(w.lower());
            boolean shortMonth = SHORT_MONTHS.containsKey(lower) && w.capitalized() && text.startsWith(".", w.end())
                    && i + 1 < words.size() && words.get(i + 1).lower().matches("\\d{1,2}");
            boolean monthByWords = shortMonth || MONTHS.containsKey(lower) && (w.capitalized() || !lower.equals("may"))
                    && !(lower.equals("may") && (i == 0 || !isDateNeighbour(i)));
            if ((shortMonth || MONTHS.containsKey(lower)) && (monthByWords || dateAt(i))) {
                int month = shortMonth ? SHORT_MONTHS.get(lower) : MONTHS.get(lower);
                dates.add(new DatePart("MONTH", String.valueOf(month), w.text(), i));
                if (i + 1 < words.size() && words.get(i + 1).lower().matches("\\d{1,2}")) {
                    dates.add(new DatePart("DAY", month + "-" + words.get(i + 1).lower(), w.text() + " " + words.get(i + 1).text(), i + 1));
                }
                continue;
            }
            if (WEEKDAYS.contains(lower)) {
                dates.add(new DatePart("WEEKDAY", lower, w.text(), i));
                continue;
            }
            Double value = null;
            boolean glued = w.start() > 0 && Character.isLetter(text.charAt(w.start() - 1));
            // "2 1/2 weeks", "9/11", "24/7": parts of a fraction or a name, not amounts.
            boolean slashed = w.end() < text.length() && text.charAt(w.end()) == '/' || w.start() > 0 && text.charAt(w.start() - 1) == '/';
            // "6:41pm" / "18:41": a clock time, read in time zones and 12- or 24-hour form that
            // the sentence rarely settles; no amount to compare.
            boolean clock = CLOCK.matcher(text).region(Math.max(0, w.start() - 4), Math.min(text.length(), w.end() + 4)).find()
                    && (text.startsWith(":", w.end()) || text.startsWith(" :", w.end()) || text.substring(0, w.start()).matches("(?s).*\\d ?: ?"));
            if (clock) {
                readClockTime(w, i);
                continue;
            }
            if (glued || slashed) {
                continue;
            }
            if (lower.contains(", ")) {
                lower = lower.replace(", ", ",");
            }
            if (lower.matches("\\.?\\d+(?:[.,]\\d+)*")) {
                int here = i;
                if (i > 0 && (MONTHS.containsKey(words.get(i - 1).lower()) || dates.stream().anyMatch(d -> d.index() == here))
                        && lower.length() <= 2) {
                    continue;
                }
                // "the 1980s", "the 1990's": a decade holds its years, and is no count either.
                if (lower.matches("(1[89]|20)\\d0") && decadeSuffix(w.end())) {
                    continue;
                }
                boolean year = !(i + 1 < words.size() && lex.units.containsKey(singular(words.get(i + 1).lower())))
                        && !(i > 0 && words.get(i - 1).lower().matches("[$€£]"));
                if (lower.matches("(1[89]|20)\\d\\d") && (year || dateAt(i))) {
                    dates.add(new DatePart("YEAR", lower, w.text(), i));
                    continue;
                }
                value = parse(lower);
            } else if (NUMBER_WORDS.containsKey(lower)) {
                value = NUMBER_WORDS.get(lower);
            }
            // "4½", "4�" (a fraction lost in encoding): a figure not read whole is no amount to compare.
            if (value != null && w.end() < text.length() && "½¼¾⅓⅔\uFFFD".indexOf(text.charAt(w.end())) >= 0) {
                continue;
            }
            // "sixty-five": the tens word carries the whole number; the units word after the hyphen is part of it.
            int next = i + 1;
            if (value != null && value >= 20 && value < 100 && value % 10 == 0 && next < words.size()
                    && text.startsWith("-", w.end()) && words.get(next).start() == w.end() + 1
                    && NUMBER_WORDS.getOrDefault(words.get(next).lower(), 10.0) < 10) {
                value += NUMBER_WORDS.get(words.get(next).lower());
                next++;
            } else if (value != null && value < 10 && i > 0 && w.start() > 0 && text.charAt(w.start() - 1) == '-'
                    && NUMBER_WORDS.containsKey(words.get(i - 1).lower())) {
                continue;
            }
            // A compound stands on its units word, where a changed figure differs ("Eighty-six" / "Eighty-five").
            int amountAt = next - 1;
            if (value == null) {
                continue;
            }
            String shown = next > i + 1 ? text.substring(w.start(), words.get(next - 1).end()) : w.text();
            // "$160MM" and "£60m" are money in millions; "160 mm" and "60m" alone are lengths.
            boolean money = i > 0 && "$€£".contains(words.get(i - 1).text());
            if (next < words.size() && money && (words.get(next).lower().equals("mm") || words.get(next).lower().equals("m"))) {
                value *= 1e6;
                shown += words.get(next).text();
                next++;
            } else if (next < words.size() && SCALES.containsKey(words.get(next).lower())) {
                value *= SCALES.get(words.get(next).lower());
                shown += " " + words.get(next).text();
                next++;
            }
            int figureEnd = next - 1;
            String unit = "";
            // A currency sign before the figure names its unit; a word before it ("killed 10") only
            // when no unit follows: "killed three people" counts people, as "more than 10 people" does.
            boolean signBefore = i > 0 && !Character.isLetter(words.get(i - 1).text().charAt(0));
            boolean unitAfter = next < words.size() && (lex.units.containsKey(words.get(next).lower())
                    || lex.units.containsKey(singular(words.get(next).lower())));
            if (i > 0 && lex.units.containsKey(words.get(i - 1).lower()) && (signBefore || !unitAfter)) {
                unit = lex.units.get(words.get(i - 1).lower());
                shown = words.get(i - 1).text() + (signBefore ? "" : " ") + shown;
            } else if (next < words.size()) {
                Word u = words.get(next);
                String two = next + 1 < words.size() ? u.lower() + " " + words.get(next + 1).lower() : null;
                if (two != null && lex.units.containsKey(two)) {
                    unit = lex.units.get(two);
                    shown += " " + u.text() + " " + words.get(next + 1).text();
                } else if (lex.units.containsKey(u.lower()) || lex.units.containsKey(singular(u.lower()))) {
                    unit = lex.units.getOrDefault(u.lower(), lex.units.get(singular(u.lower())));
                    shown += " " + u.text();
                } else if (!isStop(u.lower()) && u.lower().length() > 2 && Character.isLetter(u.lower().charAt(0)) && !u.capitalized()) {
                    unit = u.stem();
                    shown += " " + u.text();
                }
            }
            int before = money ? i - 1 : i;
            boolean approximate = before > 0 && APPROXIMATE.contains(words.get(before - 1).lower())
                    || before > 1 && APPROXIMATE.contains(words.get(before - 2).lower() + " " + words.get(before - 1).lower());
            amounts.add(new Amount(shown, value, unit, approximate, decimals(lower), amountAt, figureEnd));
        }
        // A range or list ("six to eight weeks", "$140-150 million", "3, 4 and 5 percent"): a bare
        // figure joined to the next takes its unit; one standing apart keeps none ("seven years,
        // $140-150 million), Nationals (eight years": the 150 million are no years).
        // Right to left, so that a unit passes along a whole list.
        for (int k = amounts.size() - 2; k >= 0; k--) {
            Amount x = amounts.get(k);
            Amount y = amounts.get(k + 1);
            if (x.unit().isEmpty() && !y.unit().isEmpty() && joined(x, y)) {
                amounts.set(k, new Amount(x.text() + " " + y.unit(), x.value(), y.unit(), true, x.decimals(), x.index(), x.figureEnd()));
                amounts.set(k + 1, new Amount(y.text(), y.value(), y.unit(), true, y.decimals(), y.index(), y.figureEnd()));
            }
        }
    }

    /** Only a range or list word or sign stands between the bare figure {@code x} and the amount after it. */
    private boolean joined(Amount x, Amount y) {
        int last = x.figureEnd();
        int first = figureStart(y);
        if (first <= last) {
            return false;
        }
        String gap = text.substring(words.get(last).end(), words.get(first).start()).toLowerCase(Locale.ROOT).strip();
        return RANGE_JOINS.matcher(gap).matches();
    }

    /**
     * Which way the words before an amount bound it: 1 for a lower bound ("more than 30", "at
     * least 30"), -1 for an upper bound ("less than 2 km", "up to 30", "nearly 30"), 0 for none.
     */
    public int bound(Amount x) {
        int i = figureStart(x);
        String one = wordsBefore(i, 1);
        String two = wordsBefore(i, 2);
        String three = wordsBefore(i, 3);
        if (LOWER_BOUNDS.contains(one) || LOWER_BOUNDS.contains(two) || LOWER_BOUNDS.contains(three)) {
            return 1;
        }
        return UPPER_BOUNDS.contains(one) || UPPER_BOUNDS.contains(two) || UPPER_BOUNDS.contains(three) ? -1 : 0;
    }

    /** The amount is an upper bound said to be nearly reached: "nearly 30", "almost $5 billion". */
    public boolean nearBelow(Amount x) {
        return NEAR_BELOW.contains(wordsBefore(figureStart(x), 1));
    }

    /**
     * The words that bound or round an amount, as written ("at least" of "at least 30", "nearly"
     * of "nearly $30"), or "" when none do.
     */
    public String boundWords(Amount x) {
        int i = figureStart(x);
        for (int n = 3; n >= 1; n--) {
            String before = wordsBefore(i, n);
            if (LOWER_BOUNDS.contains(before) || UPPER_BOUNDS.contains(before) || APPROXIMATE.contains(before)) {
                return String.join(" ", words.subList(i - n, i).stream().map(Word::text).toList());
            }
        }
        return "";
    }

    /** Where an amount's words begin: its currency sign when one stands before the figure ("up to $180 million"). */
    private int figureStart(Amount x) {
        int i = x.index();
        return i > 0 && words.get(i - 1).text().matches("[$€£]") ? i - 1 : i;
    }

    /** The {@code n} words before word {@code i}, lower case, joined by spaces; "" when fewer stand there. */
    private String wordsBefore(int i, int n) {
        return i >= n ? String.join(" ", words.subList(i - n, i).stream().map(Word::lower).toList()) : "";
    }

    private boolean isDateNeighbour(int i) {
        boolean before = i > 0 && words.get(i - 1).lower().matches("in|on|since|until|by|early|late|mid|last|next|this");
        boolean after = i + 1 < words.size() && words.get(i + 1).lower().matches("\\d{1,4}");
        return before || after;
    }

    /**
     * The annotation's NER puts word {@code i} in a date or time ("May 5", "on Sunday", "since
     * 1990"): whether "May" is a month, "Sunday" a day or "1990" a year, not "may", "Sunday
     * Times" or "1990 people".
     */
    private boolean dateAt(int i) {
        String type = entityTypes[i];
        return "DATE".equals(type) || "TIME".equals(type) || "SET".equals(type);
    }

    private static String singular(String w) {
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static Double parse(String digits) {
        String s = digits;
        if (s.startsWith(".")) {
            s = "0" + s;
        }
        if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            s = s.replace(",", "");
        } else if (s.contains(",")) {
            s = s.replace(',', '.');
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
