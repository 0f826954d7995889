package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Resources;
import org.parallax.nlp.Hedges;

/**
 * The cue words of compare/cues.tsv and the hedges of nlp/hedges.tsv, the titles of entities/titles.txt (the entity resolver's), the
 * units of compare/units.tsv, the scales of compare/scales.tsv and the opposites of compare/opposites.tsv.
 */
final class Cues {
    /** The groups of the hedge list read as modal cues: the others pass a claim on or leave it open, they do not weaken it. */
    private static final Set<String> MODAL_HEDGES = Set.of("possibility", "double", "evidential", "tentative");

    static final Cues SHARED = new Cues();

    /** category -> phrases, each as its words. */
    final Map<String, List<List<String>>> phrases = new HashMap<>();
    final Set<String> stop = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    /** Stems of verbs that report speech ("say", "reveal"): refusing one denies nothing. */
    final Set<String> reporting = new HashSet<>();
    /** Words that open a clause: who or what a predicate is about stands after them. */
    final Set<String> clauseOpeners = new HashSet<>();
    final Map<String, String> units = new HashMap<>();
    /** weaker stem -> stronger stems. */
    final Map<String, Set<String>> stronger = new HashMap<>();
    /** word -> its news opposites (compare/opposites.tsv, both ways). */
    final Map<String, Set<String>> opposites = new HashMap<>();

    /** A cue phrase of a category; {@code order} is its place in lexicon order (category, then phrase). */
    record Phrase(String category, List<String> words, int order) {
    }

    /** The cue phrases by their first word. */
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    private Cues() {
        for (String[] row : Resources.rows("compare/cues.tsv")) {
            String category = row[0].strip();
            String phrase = row[1].strip();
            if (category.equals("stop")) {
                stop.add(phrase);
            } else if (category.equals("reporting")) {
                reporting.add(phrase);
            } else if (category.equals("clause")) {
                clauseOpeners.add(phrase);
            } else {
                phrases.computeIfAbsent(category, k -> new ArrayList<>()).add(List.of(phrase.split(" ")));
            }
        }
        // The hedges are the one hedge list's (nlp/hedges.tsv), those groups that weaken what a
        // claim asserts, ahead of this file's other irrealis cues ("would", "if", "plans to").
        List<List<String>> modal = phrases.computeIfAbsent("modal", k -> new ArrayList<>());
        modal.addAll(0, Hedges.standard().of(MODAL_HEDGES).stream().map(Hedges.Hedge::words).toList());
        // The titles are the entity resolver's (entities/titles.txt): each word of each, lower case,
        // is no name ("Foreign Minister", "Secretary of State").
        for (String[] row : Resources.rows("entities/titles.txt")) {
            for (String word : row[0].strip().toLowerCase(java.util.Locale.ROOT).split(" ")) {
                if (!stop.contains(word)) {
                    titles.add(word);
                }
            }
        }
        for (String[] row : Resources.rows("compare/units.tsv")) {
            units.put(row[0].strip(), row[1].strip());
        }
        for (String[] row : Resources.rows("compare/scales.tsv")) {
            stronger.computeIfAbsent(row[0].strip(), k -> new HashSet<>()).add(row[1].strip());
        }
        int order = 0;
        for (Map.Entry<String, List<List<String>>> e : phrases.entrySet()) {
            for (List<String> words : e.getValue()) {
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(e.getKey(), words, order++));
            }
        }
        bothWays("compare/opposites.tsv", opposites);
    }

    /** Each pair of a two-column lexicon, read both ways into {@code into}. */
    private static void bothWays(String resource, Map<String, Set<String>> into) {
        for (String[] row : Resources.rows(resource)) {
            into.computeIfAbsent(row[0].strip(), k -> new HashSet<>()).add(row[1].strip());
            into.computeIfAbsent(row[1].strip(), k -> new HashSet<>()).add(row[0].strip());
        }
    }

    /** The cue phrases whose first word is {@code lower}. */
    List<Phrase> opening(String lower) {
        return byFirstWord.getOrDefault(lower, List.of());
    }

    List<List<String>> of(String category) {
        return phrases.getOrDefault(category, List.of());
    }
}
