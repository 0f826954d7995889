package org.parallax.compare;

/**
 * One kind of conflict looked for between two statements aligned word by word. A rule checks its
 * precondition (where the difference must stand), finds its evidence on aligned slots and writes
 * the explanation; it returns null when it cannot settle the case, so the pair says less.
 */
interface ConflictRule {
    Finding find(WordAlignment alignment);
}
