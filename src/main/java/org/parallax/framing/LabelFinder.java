package org.parallax.framing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.EntityLabel;
import org.parallax.model.FramingItem;
import org.parallax.model.Span;

/**
 * Finds how a paragraph names an entity: a title or descriptor right before the name ("Chinese
 * tycoon Ana Lima", "foreign policy adviser Marta Kowalska"), or an appositive beside it
 * ("the port's chief engineer, Ian Brody"; "Ian Brody, the port's chief engineer,"). A descriptor needs a
 * role noun (from roles.tsv) or a loaded word at its head, so ordinary capitalized phrases are not labels.
 */
final class LabelFinder {
    /** A label found: the item for the descriptor and the label with the name. */
    record Found(FramingItem item, EntityLabel label) {
    }

    private final FramingRules rules;
    private final String text;
    private final List<Tokens.Tok> toks;
    private final boolean[] loaded;
    private final List<Span> quotes;
    private final Map<Integer, String> pos;

    LabelFinder(FramingRules rules, String text, List<Tokens.Tok> toks, boolean[] loaded, List<Span> quotes,
                Map<Integer, String> pos) {
        this.pos = pos;
        this.rules = rules;
        this.text = text;
        this.toks = toks;
        this.loaded = loaded;
        this.quotes = quotes;
    }

    Optional<Found> label(FramingAnalyzer.NameSpan name) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < toks.size(); i++) {
            Tokens.Tok t = toks.get(i);
            if (t.start() >= name.start() && t.end() <= name.end()) {
                if (from < 0) {
                    from = i;
                }
                to = i + 1;
            }
        }
        if (from < 0) {
            return Optional.empty();
        }
        // A capitalized run or a mention may carry its own title: "Mayor Ana Lima", "Communist Cuba".
        int split = from - 1;
        for (int i = from; i < to; i++) {
            if (isHead(i) || rules.honorifics.contains(toks.get(i).norm())) {
                split = i;
            }
        }
        int nameFrom = split + 1;
        while (nameFrom > from && rules.honorifics.contains(toks.get(nameFrom - 1).norm())) {
            nameFrom--; // "Dame Ann Lowe": the honorific belongs to the name
        }
        if (nameFrom >= to || !toks.get(nameFrom).capitalized()) {
            return Optional.empty();
        }
        int descEnd = nameFrom - 1;
        while (descEnd >= 0 && rules.honorifics.contains(toks.get(descEnd).norm()) && adjacent(descEnd, descEnd + 1)) {
            descEnd--;
        }
        if (descEnd >= 0 && adjacent(descEnd, descEnd + 1) && isHead(descEnd)) {
            return Optional.of(found(extendLeft(descEnd), descEnd + 1, nameFrom, to, name, false));
        }
        Optional<Found> after = appositiveAfter(nameFrom, to, name);
        if (after.isPresent()) {
            return after;
        }
        return appositiveBefore(nameFrom, to, name);
    }

    /** "the port's chief engineer, Ian Brody". */
    private Optional<Found> appositiveBefore(int nameFrom, int nameTo, FramingAnalyzer.NameSpan name) {
        int head = nameFrom - 1;
        if (head < 0 || !gapIs(head, nameFrom, ",") || !isHead(head)) {
            return Optional.empty();
        }
        int start = extendLeft(head);
        if (start > 0 && gapIs(start - 1, start, ",")) {
            return Optional.empty(); // part of a list: "Paris, London, the capital, Berlin"
        }
        return Optional.of(found(start, head + 1, nameFrom, nameTo, name, true));
    }

    /** "Ian Brody, the port's chief engineer, said". */
    private Optional<Found> appositiveAfter(int nameFrom, int nameTo, FramingAnalyzer.NameSpan name) {
        if (nameTo >= toks.size() || !gapIs(nameTo - 1, nameTo, ",")) {
            return Optional.empty();
        }
        String first = toks.get(nameTo).norm();
        if (!List.of("the", "a", "an", "his", "her", "its", "their").contains(first) && !toks.get(nameTo).capitalized()) {
            return Optional.empty();
        }
        int start = List.of("the", "a", "an").contains(first) ? nameTo + 1 : nameTo;
        for (int i = nameTo; i < toks.size() && i - nameTo < rules.appositiveMaxTokens; i++) {
            boolean last = i + 1 >= toks.size() || !adjacent(i, i + 1);
            if (isHead(i) && (last || toks.get(i + 1).norm().equals("of"))) {
                int end = i + 1;
                if (!last) { // "the head of the commission": run to the end of the phrase
                    while (end < toks.size() && adjacent(end - 1, end) && end - nameTo < rules.appositiveMaxTokens) {
                        end++;
                    }
                    if (end < toks.size() && adjacent(end - 1, end)) {
                        return Optional.empty();
                    }
                }
                if (start >= end) {
                    return Optional.empty();
                }
                return Optional.of(found(start, end, nameFrom, nameTo, name, true));
            }
            if (last) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Widens a descriptor leftwards over modifiers, nationalities, possessors and loaded words. */
    private int extendLeft(int head) {
        int start = head;
        for (int k = head - 1; k >= 0 && head - k < rules.labelMaxTokens && adjacent(k, k + 1); k--) {
            Tokens.Tok t = toks.get(k);
            boolean possessor = k + 1 < toks.size() && toks.get(k + 1).possessive();
            boolean fits = isHead(k) || loaded[k] || t.possessive() || possessor
                    || rules.modifiers.contains(t.norm()) || t.norm().startsWith("then-") || t.norm().startsWith("ex-")
                    || (t.capitalized() && !rules.stopWords.contains(t.norm()));
            if (!fits || rules.stopWords.contains(t.norm()) && !t.capitalized() && !loaded[k]) {
                break;
            }
            start = k;
        }
        while (start < head && toks.get(start).possessive()) {
            start++;
        }
        return start;
    }

    /** A role noun, or a loaded adjective or noun ("rogue regime"), not a loaded verb ("slammed the council"). */
    private boolean isHead(int i) {
        if (rules.role(toks.get(i).norm()) != null) {
            return true;
        }
        if (!loaded[i] || rules.stopWords.contains(toks.get(i).norm())) {
            return false; // "an attack on McCain": a phrase ending in a function word heads nothing
        }
        String tag = pos.get(toks.get(i).start());
        if (tag != null) {
            return tag.startsWith("JJ") || tag.startsWith("NN");
        }
        String w = toks.get(i).norm();
        return !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("ly");
    }

    private boolean adjacent(int left, int right) {
        return Tokens.adjacent(text, toks.get(left), toks.get(right));
    }

    private boolean gapIs(int left, int right, String punct) {
        return text.substring(toks.get(left).end(), toks.get(right).start()).strip().equals(punct);
    }

    private Found found(int descFrom, int descTo, int nameFrom, int nameTo, FramingAnalyzer.NameSpan name, boolean appositive) {
        int ds = toks.get(descFrom).start();
        int de = toks.get(descTo - 1).end();
        int ns = toks.get(nameFrom).start();
        int ne = toks.get(nameTo - 1).end();
        String desc = text.substring(ds, de);
        String nameText = text.substring(ns, ne);
        String who = name.entityName() != null ? name.entityName() : nameText;
        int ls = Math.min(ds, ns);
        int le = Math.max(de, ne);
        String tone = "neutral";
        String why = null;
        for (int i = descFrom; i < descTo; i++) {
            FramingRules.Role r = rules.role(toks.get(i).norm());
            if (r != null && !r.tone().equals("neutral")) {
                tone = r.tone();
                why = "“" + toks.get(i).raw() + "” " + r.reason();
            } else if (loaded[i] && why == null) {
                tone = "pejorative";
                why = "it contains loaded wording (“" + toks.get(i).raw() + "”)";
            }
        }
        String note = switch (tone) {
            case "pejorative" -> "How the article names " + who + ": “" + desc + "” — a disparaging label; " + why + ".";
            case "laudatory" -> "How the article names " + who + ": “" + desc + "” — a flattering label; " + why + ".";
            default -> "How the article names " + who + ": “" + desc + "”"
                    + (appositive ? " (a description set beside the name)" : " (a title or description)")
                    + "; compare how other sources name " + who + ".";
        };
        boolean quoted = Quotes.inside(quotes, ls, le);
        FramingItem item = new FramingItem(desc, ds, de, FramingRules.Category.LABEL, name.entity(), note, quoted);
        return new Found(item, new EntityLabel(name.entity(), text.substring(ls, le), ls, le));
    }
}
