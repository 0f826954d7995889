package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Span;

/**
 * Finds direct quotations in a paragraph: curly double quotes, straight double quotes, guillemets
 * and single curly quotes (told apart from apostrophes by what stands around them). A quote still
 * open at the end of the paragraph runs to its end, as multi-paragraph quotes leave it open.
 */
final class Quotes {
    private Quotes() {
    }

    /** Quote regions of text[from, to), each including its quote marks. */
    static List<Span> find(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '“' || c == '«' || c == '„') {
                    open = i;
                    closer = c == '«' ? '»' : '”';
                } else if (c == '"') {
                    open = i;
                    closer = '"';
                } else if (c == '‘' && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    open = i;
                    closer = '’';
                }
            } else if (c == closer || (closer == '”' && c == '"') || (closer == '"' && c == '”')) {
                if (closer == '’' && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                    continue; // an apostrophe inside the quote: "don’t"
                }
                out.add(new Span(open, i + 1));
                open = -1;
            }
        }
        if (open >= 0 && closer != '’') {
            out.add(new Span(open, to));
        }
        return out;
    }

    static boolean inside(List<Span> quotes, int start, int end) {
        for (Span q : quotes) {
            if (start >= q.start() && end <= q.end()) {
                return true;
            }
        }
        return false;
    }
}
