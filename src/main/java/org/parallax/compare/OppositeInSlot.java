package org.parallax.compare;

import java.util.List;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;
import org.parallax.model.Settings;

/**
 * Opposite words in the same place: a slot holds a word on one side and its opposite on the other
 * (WordNet's direct antonyms, or the news opposites of compare/opposites.tsv: rose/fell, up/down,
 * won/lost), everything around them the same, and neither sentence holding both words side by side.
 */
final class OppositeInSlot implements ConflictRule {
    private final Slots slots;
    private final int bothWindow;

    OppositeInSlot(Slots slots, Settings settings) {
        this.slots = slots;
        this.bothWindow = settings.integer("opposite.both.window");
    }

    @Override
    public Finding find(WordAlignment al) {
        for (WordAlignment.Slot s : slots.comparable(al)) {
            for (int i = s.aFrom(); i < s.aTo(); i++) {
                Statement.Word x = al.a().words().get(i);
                for (int j = s.bFrom(); j < s.bTo(); j++) {
                    Statement.Word y = al.b().words().get(j);
                    if (Character.isLetter(x.lower().charAt(0)) && Character.isLetter(y.lower().charAt(0))
                            && !inName(al.a(), i) && !inName(al.b(), j)
                            && !holdsNear(al.a(), i, y) && !holdsNear(al.b(), j, x)
                            && (Antonyms.opposite(x.lower(), y.lower()) || Antonyms.opposite(x.stem(), y.stem()))) {
                        return new Finding(Relation.CONTRADICT, RelationKind.ANTONYM,
                                "A says '" + Slots.phrase(al.a(), s.aFrom(), s.aTo()) + "', B says the opposite, '"
                                        + Slots.phrase(al.b(), s.bFrom(), s.bTo()) + "'");
                    }
                }
            }
        }
        return null;
    }

    /**
     * A sentence that holds both words of the pair side by side ("after hours before he was
     * arrested") does not settle which one it asserts; within {@code opposite.both.window} words of
     * each other (resources/compare/comparator.properties, with its measurement).
     */
    private boolean holdsNear(Statement s, int at, Statement.Word word) {
        List<Statement.Word> w = s.words();
        for (int k = Math.max(0, at - bothWindow); k <= Math.min(w.size() - 1, at + bothWindow); k++) {
            if (k != at && w.get(k).lower().equals(word.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A capitalized word beside another capitalized word is part of a name ("New York", "Old Trafford"), no opposite. */
    private static boolean inName(Statement s, int i) {
        List<Statement.Word> w = s.words();
        return w.get(i).capitalized() && (i > 0 && w.get(i - 1).capitalized() || i + 1 < w.size() && w.get(i + 1).capitalized());
    }
}
