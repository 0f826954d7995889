package org.parallax.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.AnalysisText;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.model.Removal;
import org.parallax.model.Resources;

/**
 * Separates an article's own reporting from what surrounds it on the page: reader comments,
 * related-story teasers, promo lines, correction notices, Markdown markers and repeated
 * paragraphs. Nothing is deleted: each removal is recorded with its reason, and kept paragraphs
 * get a role (dateline, headline, heading, byline, body). The rules live in
 * {@code resources/cleaning/}.
 */
public final class Cleaner {

    enum RuleKind { TAIL, LINE, TEASER, SOURCE }

    record Rule(RuleKind kind, String reason, Pattern pattern) {
    }

    record Settings(int headlineMaxChars, double headlineRestatedShare, int headingMaxWords, int teaserMaxBlurbChars,
                    int duplicateMinChars, int datelineAfterHeadlineBlocks) {
    }

    /**
     * A bold run ends at the next marker: its text never crosses one, and it is bounded in length.
     * Otherwise every unclosed "**" on a long line scans on to the line's end, and a line full of
     * them backtracks quadratically (seconds to hours).
     */
    private static final Pattern BOLD = Pattern.compile(
            "\\*\\*(?=\\S)((?:[^*\\n]|\\*(?!\\*)){1,1000}?)(?<=\\S)\\*\\*|__(?=\\S)((?:[^_\\n]|_(?!_)){1,1000}?)(?<=\\S)__");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![*\\w])|(?<![_\\w])_(?=\\S)([^_\\n]+?)(?<=\\S)_(?![_\\w])");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Formats read from markup or layout, whose asterisks are the author's, never Markdown markers. */
    private static final Set<String> NOT_MARKDOWN = Set.of("html", "pdf", "docx", "odt");

    private static volatile Cleaner standard;

    private final List<Rule> rules;
    private final Settings settings;

    Cleaner(List<Rule> rules, Settings settings) {
        this.rules = List.copyOf(rules);
        this.settings = settings;
    }

    /** The cleaner with the shipped rules, loaded once per process. */
    public static Cleaner standard() {
        Cleaner c = standard;
        if (c == null) {
            synchronized (Cleaner.class) {
                if (standard == null) {
                    standard = new Cleaner(loadRules("cleaning/boilerplate.tsv"), loadSettings("cleaning/cleaning.properties"));
                }
                c = standard;
            }
        }
        return c;
    }

    /** A mutable paragraph while the cleaner decides about it. */
    private static final class Block {
        final int start;
        final int end;
        ParagraphKind kind = ParagraphKind.BODY;
        String removedAs;
        /** Text with Markdown markers blanked, for matching and comparison. */
        String plain;

        Block(int start, int end) {
            this.start = start;
            this.end = end;
        }

        boolean kept() {
            return removedAs == null;
        }
    }

    public Article clean(Article article) {
        String folded = AnalysisText.foldSpaces(article.text());
        boolean markdownAllowed = !NOT_MARKDOWN.contains(article.format());
        // What a reader already kept out (a document's comments, tracked deletions, headers) stays out.
        List<Removal> removals = new ArrayList<>(article.removed());
        if (markdownAllowed) {
            removals.addAll(markupRemovals(folded, article.format().equals("md")));
        }
        String plainText = AnalysisText.of(folded, removals);
        List<Block> blocks = splitParagraphs(plainText);
        for (Block b : blocks) {
            b.plain = plainText.substring(b.start, b.end).strip();
            if (markdownAllowed && isWhollyEmphasized(folded.substring(b.start, b.end))) {
                b.kind = ParagraphKind.HEADING;
            }
            if (markdownAllowed && MD_HEADING.matcher(folded.substring(b.start, b.end)).find()) {
                b.kind = ParagraphKind.HEADING;
            }
        }
        MetadataFound meta = new MetadataFound();
        applyRules(blocks, meta);
        removeDuplicates(blocks);
        assignLeadingRoles(blocks, meta);

        for (Block b : blocks) {
            if (!b.kept()) {
                removals.add(new Removal(b.start, b.end, b.removedAs));
            }
        }
        removals.sort((x, y) -> Integer.compare(x.start(), y.start()));
        List<Paragraph> paragraphs = blocks.stream().filter(Block::kept)
                .map(b -> trimmed(plainText, b))
                .filter(p -> p.end() > p.start())
                .toList();
        Article withMeta = article.withMetadata(
                article.title() != null ? article.title() : meta.title,
                article.outlet() != null ? article.outlet() : meta.outlet,
                article.published() != null ? article.published() : meta.published,
                article.author() != null ? article.author() : meta.author,
                article.url());
        return withMeta.withCleaning(paragraphs, mergeAdjacent(removals, folded));
    }

    private static final class MetadataFound {
        String title;
        String outlet;
        String author;
        java.time.LocalDate published;
    }

    private void applyRules(List<Block> blocks, MetadataFound meta) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.kept()) {
                continue;
            }
            for (Rule rule : rules) {
                Matcher m = rule.pattern().matcher(b.plain);
                if (!m.matches()) {
                    continue;
                }
                fillMetadata(rule.pattern(), m, meta);
                switch (rule.kind()) {
                    case TAIL -> {
                        for (int j = i; j < blocks.size(); j++) {
                            if (blocks.get(j).kept()) {
                                blocks.get(j).removedAs = rule.reason();
                            }
                        }
                    }
                    case LINE -> b.removedAs = rule.reason();
                    case TEASER -> removeTeaser(blocks, i, rule.reason());
                    case SOURCE -> {
                        if (i < 3) {
                            b.kind = ParagraphKind.BYLINE;
                        }
                    }
                    default -> throw new IllegalStateException(rule.kind().toString());
                }
                if (!b.kept() || rule.kind() == RuleKind.SOURCE) {
                    break;
                }
            }
        }
    }

    private static void fillMetadata(Pattern pattern, Matcher m, MetadataFound meta) {
        if (pattern.pattern().contains("(?<author>") && m.group("author") != null && meta.author == null) {
            meta.author = m.group("author").strip();
        }
        if (pattern.pattern().contains("(?<outlet>") && m.group("outlet") != null && meta.outlet == null) {
            meta.outlet = m.group("outlet").strip();
        }
    }

    /** Removes a related-story marker, the headline-like paragraphs beside it and the blurb after them. */
    private void removeTeaser(List<Block> blocks, int marker, String reason) {
        blocks.get(marker).removedAs = reason;
        if (marker > 0 && blocks.get(marker - 1).kept() && isHeadlineLike(blocks.get(marker - 1).plain)) {
            blocks.get(marker - 1).removedAs = reason;
        }
        int j = marker + 1;
        boolean sawHeadline = false;
        while (j < blocks.size() && blocks.get(j).kept() && isHeadlineLike(blocks.get(j).plain)) {
            blocks.get(j).removedAs = reason;
            sawHeadline = true;
            j++;
        }
        if (sawHeadline && j < blocks.size() && blocks.get(j).kept()
                && blocks.get(j).plain.length() <= settings.teaserMaxBlurbChars()) {
            blocks.get(j).removedAs = reason;
        }
    }

    private void removeDuplicates(List<Block> blocks) {
        Set<String> seen = new HashSet<>();
        for (Block b : blocks) {
            if (!b.kept() || b.plain.length() < settings.duplicateMinChars()) {
                continue;
            }
            String key = normalizedWords(b.plain);
            if (!seen.add(key)) {
                b.removedAs = "duplicate";
            }
        }
    }

    /** Datelines, bylines and the headline at the top of the article. */
    private void assignLeadingRoles(List<Block> blocks, MetadataFound meta) {
        List<Block> kept = blocks.stream().filter(Block::kept).toList();
        int i = 0;
        while (i < kept.size() && i < 4) {
            Block b = kept.get(i);
            if (!markedAsDateline(b, meta) && b.kind != ParagraphKind.BYLINE) {
                break;
            }
            i++;
        }
        // The first paragraph after the dateline is the headline when it reads like one or when
        // the next paragraph restates it.
        if (i < kept.size()) {
            Block first = kept.get(i);
            boolean restated = i + 1 < kept.size() && restatedShare(first.plain, kept.get(i + 1).plain) >= settings.headlineRestatedShare();
            if (first.kind == ParagraphKind.BODY && (isHeadlineLike(first.plain) || restated)) {
                first.kind = ParagraphKind.HEADLINE;
            }
        }
        // Saved pages often put the date under the headline ("Headline / May 23, 2005 / body"):
        // a line that is only a date near the top is a dateline too, never a subheading or title.
        for (int j = i + 1; j < Math.min(kept.size(), i + 1 + settings.datelineAfterHeadlineBlocks()); j++) {
            if (kept.get(j).kind == ParagraphKind.BODY) {
                markedAsDateline(kept.get(j), meta);
            }
        }
        // Short unpunctuated lines further down are subheadings ("Market Reaction").
        for (int j = i + 1; j < kept.size(); j++) {
            Block b = kept.get(j);
            if (b.kind == ParagraphKind.BODY && isHeadlineLike(b.plain) && wordSet(b.plain).size() <= settings.headingMaxWords()) {
                b.kind = ParagraphKind.HEADING;
            }
        }
        for (Block b : kept) {
            if ((b.kind == ParagraphKind.HEADLINE || b.kind == ParagraphKind.HEADING) && meta.title == null) {
                meta.title = b.plain;
            }
        }
    }

    /** A paragraph that is only a date becomes a dateline, and the first such date the article's. */
    private static boolean markedAsDateline(Block b, MetadataFound meta) {
        var date = Dates.dateline(b.plain);
        if (date.isEmpty()) {
            return false;
        }
        b.kind = ParagraphKind.DATELINE;
        if (meta.published == null) {
            meta.published = date.get();
        }
        return true;
    }

    private boolean isHeadlineLike(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > settings.headlineMaxChars()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?:;,\"”’)".indexOf(last) < 0;
    }

    /** The share of {@code candidate}'s words (lower-cased letters and digits) that {@code next} repeats: how far a headline is restated. */
    public static double restatedShare(String candidate, String next) {
        return restatedShare(wordSet(candidate), wordSet(next));
    }

    /** As {@link #restatedShare(String, String)}, on word sets made once by {@link #wordSet} (a text compared with many). */
    public static double restatedShare(Set<String> candidate, Set<String> next) {
        if (candidate.isEmpty()) {
            return 0;
        }
        long shared = candidate.stream().filter(next::contains).count();
        return (double) shared / candidate.size();
    }

    /** The lower-cased words (letters and digits) of a text. */
    public static Set<String> wordSet(String s) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String normalizedWords(String s) {
        StringBuilder sb = new StringBuilder();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            sb.append(m.group()).append(' ');
        }
        return sb.toString();
    }

    private static List<Removal> markupRemovals(String text, boolean markdownFile) {
        List<Removal> out = new ArrayList<>();
        Matcher bold = BOLD.matcher(text);
        while (bold.find()) {
            out.add(new Removal(bold.start(), bold.start() + 2, "markup"));
            out.add(new Removal(bold.end() - 2, bold.end(), "markup"));
        }
        if (markdownFile) {
            Matcher italic = ITALIC.matcher(text);
            while (italic.find()) {
                out.add(new Removal(italic.start(), italic.start() + 1, "markup"));
                out.add(new Removal(italic.end() - 1, italic.end(), "markup"));
            }
            int lineStart = 0;
            for (String line : text.split("\n", -1)) {
                Matcher h = MD_HEADING.matcher(line);
                if (h.find()) {
                    out.add(new Removal(lineStart, lineStart + h.end(), "markup"));
                }
                lineStart += line.length() + 1;
            }
        }
        return out;
    }

    private static boolean isWhollyEmphasized(String paragraph) {
        String t = paragraph.strip();
        return t.length() > 4 && ((t.startsWith("**") && t.endsWith("**")) || (t.startsWith("__") && t.endsWith("__")));
    }

    private static List<Block> splitParagraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(lineStart, i).isBlank()) {
                    blocks.add(new Block(lineStart, i));
                }
                lineStart = i + 1;
            }
        }
        return blocks;
    }

    private static Paragraph trimmed(String text, Block b) {
        int s = b.start;
        int e = b.end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Paragraph(s, e, b.kind);
    }

    /** Joins removals of the same reason separated only by whitespace, so a comments section is one region. */
    private static List<Removal> mergeAdjacent(List<Removal> sorted, String text) {
        List<Removal> out = new ArrayList<>();
        for (Removal r : sorted) {
            if (!out.isEmpty()) {
                Removal last = out.get(out.size() - 1);
                if (last.reason().equals(r.reason()) && !r.reason().equals("markup")
                        && r.start() >= last.end() && text.substring(last.end(), r.start()).isBlank()) {
                    out.set(out.size() - 1, new Removal(last.start(), Math.max(last.end(), r.end()), r.reason()));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    static List<Rule> loadRules(String resource) {
        List<Rule> rules = new ArrayList<>();
        for (String line : Resources.lines(resource)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 3);
            if (cols.length != 3) {
                throw new IllegalStateException(resource + ": a rule needs KIND, REASON and PATTERN: " + line);
            }
            rules.add(new Rule(RuleKind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT)), cols[1].strip(),
                    Pattern.compile(cols[2].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return rules;
    }

    static Settings loadSettings(String resource) {
        Properties p = Resources.properties(resource);
        return new Settings(
                Integer.parseInt(p.getProperty("headline.maxChars")),
                Double.parseDouble(p.getProperty("headline.restatedShare")),
                Integer.parseInt(p.getProperty("heading.maxWords")),
                Integer.parseInt(p.getProperty("teaser.maxBlurbChars")),
                Integer.parseInt(p.getProperty("duplicate.minChars")),
                Integer.parseInt(p.getProperty("dateline.afterHeadline.blocks")));
    }
}
