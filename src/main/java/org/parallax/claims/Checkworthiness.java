package org.parallax.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Resources;
import org.parallax.nlp.AnnotatedSentence;
import org.parallax.nlp.Token;

/**
 * How worth checking a statement is, 0..1: a logistic score over a few interpretable features
 * (numbers, dates, names, past tense, first-person future and opinion, questions), with the
 * weights in resources/claims/checkworthiness.tsv. It ranks claims (the CheckThat! task) and
 * reproduces the ClaimBuster check-worthy/other split; it does not decide what becomes a claim.
 */
final class Checkworthiness {
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "going", "gon", "should", "must", "ought", "shall", "need", "want");
    private static final Set<String> OPINION = Set.of("think", "believe", "feel", "hope", "wish", "guess", "suppose", "know");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "nobody", "nothing");

    private static volatile Set<String> recordWords;

    private final Map<String, Double> weights = new LinkedHashMap<>();
    private double threshold = 0.5;

    /** The score from which a statement counts as check-worthy. */
    double threshold() {
        return threshold;
    }

    private static Set<String> recordWords() {
        if (recordWords == null) {
            recordWords = Set.copyOf(Resources.firstColumn("claims/checkworthy-words.tsv"));
        }
        return recordWords;
    }
    private static volatile Checkworthiness standard;

    static Checkworthiness standard() {
        if (standard == null) {
            Checkworthiness c = new Checkworthiness();
            for (String[] row : Resources.rows("claims/checkworthiness.tsv")) {
                if (row[0].equals("@threshold")) {
                    c.threshold = Double.parseDouble(row[1]);
                } else {
                    c.weights.put(row[0], Double.parseDouble(row[1]));
                }
            }
            standard = c;
        }
        return standard;
    }

    double score(List<AnnotatedSentence> sentences, boolean assertion) {
        double z = 0;
        for (Map.Entry<String, Double> f : features(sentences, assertion).entrySet()) {
            z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The feature values; names match the first column of the weights file. */
    static Map<String, Double> features(List<AnnotatedSentence> sentences, boolean assertion) {
        int tokens = 0;
        int numbers = 0;
        int dates = 0;
        int names = 0;
        int past = 0;
        int present = 0;
        int firstPerson = 0;
        int future = 0;
        int opinion = 0;
        int you = 0;
        int comparative = 0;
        int negation = 0;
        boolean question = false;
        int records = 0;
        for (AnnotatedSentence s : sentences) {
            dates += s.times().size();
            names += s.mentions().size();
            for (Token t : s.tokens()) {
                tokens++;
                String w = t.word().toLowerCase(Locale.ROOT);
                String p = t.pos() == null ? "" : t.pos();
                String ner = t.ner() == null ? "O" : t.ner();
                if ((ner.equals("NUMBER") || ner.equals("PERCENT") || ner.equals("MONEY")) && !w.equals("one")) {
                    numbers++;
                }
                if (p.equals("VBD") || p.equals("VBN")) {
                    past++;
                }
                if (p.equals("VBZ") || p.equals("VBP")) {
                    present++;
                }
                if (FIRST_PERSON.contains(w)) {
                    firstPerson++;
                }
                if (FUTURE.contains(w) || p.equals("MD") && !w.equals("could") && !w.equals("would")) {
                    future++;
                }
                if (OPINION.contains(t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT)) && p.startsWith("VB")) {
                    opinion++;
                }
                if (w.equals("you") || w.equals("your")) {
                    you++;
                }
                if (p.equals("JJR") || p.equals("JJS") || p.equals("RBR") || p.equals("RBS")) {
                    comparative++;
                }
                if (NEGATION.contains(w)) {
                    negation++;
                }
                question |= w.equals("?");
                if (t.lemma() != null && recordWords().contains(t.lemma().toLowerCase(Locale.ROOT))) {
                    records++;
                }
            }
        }
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("bias", 1.0);
        f.put("assertion", assertion ? 1.0 : 0.0);
        f.put("number", numbers > 0 ? 1.0 : 0.0);
        f.put("numbers", Math.min(numbers, 4) / 4.0);
        f.put("date", dates > 0 ? 1.0 : 0.0);
        f.put("name", names > 0 ? 1.0 : 0.0);
        f.put("names", Math.min(names, 4) / 4.0);
        f.put("past", past > 0 ? 1.0 : 0.0);
        f.put("present", present > 0 ? 1.0 : 0.0);
        f.put("firstPerson", firstPerson > 0 ? 1.0 : 0.0);
        f.put("future", future > 0 ? 1.0 : 0.0);
        f.put("opinion", opinion > 0 ? 1.0 : 0.0);
        f.put("you", you > 0 ? 1.0 : 0.0);
        f.put("comparative", comparative > 0 ? 1.0 : 0.0);
        f.put("negation", negation > 0 ? 1.0 : 0.0);
        f.put("question", question ? 1.0 : 0.0);
        f.put("length", Math.min(tokens, 40) / 40.0);
        f.put("recordWord", records > 0 ? 1.0 : 0.0);
        f.put("recordWords", Math.min(records, 3) / 3.0);
        f.put("firstPersonFuture", firstPerson > 0 && future > 0 ? 1.0 : 0.0);
        f.put("pastNoFirstPerson", past > 0 && firstPerson == 0 ? 1.0 : 0.0);
        return f;
    }
}
