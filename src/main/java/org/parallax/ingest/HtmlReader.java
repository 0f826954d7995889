package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.parallax.model.Article;
import org.parallax.model.Resources;

/**
 * Reads a saved web page: finds the main article body and the title, published date, author and
 * site name from the markup and meta tags. The body is found by Readability4J (a port of Mozilla's
 * Readability, which scores the page's blocks by their text, commas and link density); Parallax
 * then turns it into text itself, one block per paragraph separated by blank lines, so that text
 * broken only by line breaks or held in plain divs still comes out as paragraphs. The page's
 * title leads the text, so the cleaner finds the headline even when the body repeats no title.
 * Figures (README, Accuracy: HTML extraction): {@code src/eval/html_extraction.sh}.
 */
public final class HtmlReader {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    /** Never text of the article, wherever they are. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, button, select, "
            + "textarea, input, [hidden], [aria-hidden=true]";
    /** Page chrome, left out of Parallax's own search for the body (not forms: some sites wrap a whole page in one). */
    private static final String CHROME = "nav, aside, header, footer, figure, figcaption, "
            + "[role=navigation], [role=complementary]";
    /** Boxes beside the story, dropped even inside the body the library picked. */
    private static final String ASIDES = "aside, nav, [role=navigation], [role=complementary]";
    /** Inline styles that hide an element from the reader. */
    private static final String HIDDEN_STYLE = "[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";
    /**
     * How many times more text the densest paragraph container must hold to overrule the library
     * ({@code resources/ingest/html.properties}, with the measurement that chose it).
     */
    private static final double OWN_BODY_FACTOR = Double.parseDouble(
            Resources.properties("ingest/html.properties").getProperty("ownBody.factor").strip());
    /** Elements whose start and end break the text into paragraphs. */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private HtmlReader() {
    }

    public static Article read(String path, byte[] bytes) throws UnreadableInputException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher declared = META_CHARSET.matcher(head);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, declared.find() ? declared.group(1) : null);
        Document doc = Jsoup.parse(decoded.text());

        String h1 = textOf(doc.selectFirst("h1"));
        String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), h1, doc.title());
        String site = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
        String author = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), textOf(doc.selectFirst("[rel=author], .byline, [itemprop=author]")));
        String url = firstNonBlank(meta(doc, "og:url"), doc.select("link[rel=canonical]").attr("href"));
        LocalDate published = Dates.parseLenient(firstNonBlank(
                meta(doc, "article:published_time"), meta(doc, "datePublished"), meta(doc, "date"),
                meta(doc, "pubdate"), doc.select("time[datetime]").attr("datetime"),
                jsonLdValue(doc, "datePublished")));

        doc.select(NEVER_TEXT).remove();
        doc.select(HIDDEN_STYLE).remove();
        Document own = doc.clone();
        own.select(CHROME).remove();
        Element library = libraryBody(doc);
        if (library != null) {
            library.select(ASIDES).remove();
        }
        List<String> paragraphs = paragraphs(library);
        List<String> densest = paragraphs(densestBlock(own));
        // The library sometimes settles on a footer beside a long body of plain paragraphs; the
        // container with the most paragraph text is taken instead when it holds far more text.
        if (length(paragraphs) * OWN_BODY_FACTOR < length(densest)) {
            paragraphs = densest;
        }
        if (paragraphs.isEmpty()) {
            paragraphs = paragraphs(own.body() != null ? own.body() : own);
        }
        if (paragraphs.isEmpty()) {
            throw new UnreadableInputException("no article text found in the HTML page");
        }
        String headline = title == null ? null : SPACES.matcher(title).replaceAll(" ").strip();
        if (headline != null && !headline.isEmpty() && !paragraphs.get(0).equalsIgnoreCase(headline)) {
            paragraphs.add(0, headline);
        }
        List<String> notes = new ArrayList<>();
        if (decoded.note() != null) {
            notes.add(decoded.note());
        }
        return Article.read(path, "html", String.join("\n\n", paragraphs))
                .withMetadata(blankToNull(title), blankToNull(site), published, blankToNull(author), blankToNull(url))
                .withNotes(notes);
    }

    /** The element Readability4J takes for the article, or null when it finds none. */
    private static Element libraryBody(Document doc) {
        try {
            return new Readability4J("http://localhost/", doc).parse().getArticleContent();
        } catch (RuntimeException e) {
            // A page the library trips over is still read: the whole page is searched instead.
            return null;
        }
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /**
     * The element with the most text in its own p children: one pass over the tree, so a page of
     * many thousands of paragraphs costs linear time.
     */
    private static Element densestBlock(Document doc) {
        Map<Element, Integer> own = new IdentityHashMap<>();
        for (Element p : doc.select("p")) {
            if (p.parent() != null) {
                own.merge(p.parent(), p.text().length(), Integer::sum);
            }
        }
        return own.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The text of the element, one paragraph per block: a block element or a line break ends the
     * paragraph being built, so text in divs, table cells or broken by {@code <br>} is split too.
     */
    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                } else if (node instanceof Element e && breaks(e)) {
                    flush(line, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && breaks(e)) {
                    flush(line, out);
                }
            }
        }, root);
        flush(line, out);
        return out;
    }

    private static boolean breaks(Element e) {
        return e.nameIs("br") || BLOCK_TAGS.contains(e.normalName());
    }

    private static void flush(StringBuilder line, List<String> out) {
        String t = SPACES.matcher(line).replaceAll(" ").strip();
        line.setLength(0);
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    private static String meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return m == null ? null : m.attr("content");
    }

    private static String jsonLdValue(Document doc, String key) {
        Pattern p = Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]+)\"");
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = p.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
