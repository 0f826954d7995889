package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.parallax.model.Article;

/**
 * Reads a saved web page: finds the main article body (dropping navigation, scripts, asides,
 * forms) and the title, published date, author and site name from the markup and meta tags.
 * The article text is the body's blocks, one paragraph per line, separated by blank lines.
 */
public final class HtmlReader {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final String NOISE = "script, style, noscript, template, nav, aside, header, footer, form, "
            + "iframe, svg, button, figure, figcaption, [role=navigation], [role=complementary], [aria-hidden=true]";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

    private HtmlReader() {
    }

    public static Article read(String path, byte[] bytes) throws UnreadableInputException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher declared = META_CHARSET.matcher(head);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, declared.find() ? declared.group(1) : null);
        Document doc = Jsoup.parse(decoded.text());

        String title = firstNonBlank(meta(doc, "og:title"), textOf(doc.selectFirst("h1")), doc.title());
        String site = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
        String author = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), textOf(doc.selectFirst("[rel=author], .byline, [itemprop=author]")));
        String url = firstNonBlank(meta(doc, "og:url"), doc.select("link[rel=canonical]").attr("href"));
        LocalDate published = Dates.parseLenient(firstNonBlank(
                meta(doc, "article:published_time"), meta(doc, "datePublished"), meta(doc, "date"),
                meta(doc, "pubdate"), doc.select("time[datetime]").attr("datetime"),
                jsonLdValue(doc, "datePublished")));

        doc.select(NOISE).remove();
        Element body = mainBody(doc);
        String text = blockText(body);
        if (text.isBlank()) {
            throw new UnreadableInputException("no article text found in the HTML page");
        }
        List<String> notes = new ArrayList<>();
        if (decoded.note() != null) {
            notes.add(decoded.note());
        }
        return Article.read(path, "html", text)
                .withMetadata(blankToNull(title), blankToNull(site), published, blankToNull(author), blankToNull(url))
                .withNotes(notes);
    }

    /**
     * The element holding the article: an explicit article body, else the container with the most
     * paragraph text. Paragraph text per element is summed in one pass over the tree, so a page of
     * many thousands of paragraphs costs linear, not quadratic, time.
     */
    private static Element mainBody(Document doc) {
        Map<Element, Integer> paragraphText = paragraphTextLengths(doc);
        for (String selector : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Element best = null;
            for (Element e : doc.select(selector)) {
                if (best == null || paragraphText.getOrDefault(e, 0) > paragraphText.getOrDefault(best, 0)) {
                    best = e;
                }
            }
            if (best != null && paragraphText.getOrDefault(best, 0) > 0) {
                return best;
            }
        }
        Element best = doc.body() != null ? doc.body() : doc;
        int bestScore = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = paragraphText.getOrDefault(parent, 0);
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return best;
    }

    /** For each element, the length of the text of the p elements within it (itself included). */
    private static Map<Element, Integer> paragraphTextLengths(Document doc) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // summed on the way up, in tail
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int n = e.nameIs("p") ? e.text().length() : 0;
                    for (Element child : e.children()) {
                        n += lengths.getOrDefault(child, 0);
                    }
                    if (n > 0) {
                        lengths.put(e, n);
                    }
                }
            }
        }, doc);
        return lengths;
    }

    private static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            return root.text().strip();
        }
        // A block with another selected block inside (li > p) is emitted by the inner one. Each
        // block marks its block ancestors, stopping at one already marked (all above it are too).
        Set<Element> isBlock = Collections.newSetFromMap(new IdentityHashMap<>());
        isBlock.addAll(blocks);
        Set<Element> hasInnerBlock = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element block : blocks) {
            for (Element up = block.parent(); up != null && up != root.parent(); up = up.parent()) {
                if (isBlock.contains(up) && !hasInnerBlock.add(up)) {
                    break;
                }
            }
        }
        for (Element block : blocks) {
            if (hasInnerBlock.contains(block)) {
                continue;
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(t);
            }
        }
        return out.toString();
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
        return s == null || s.isBlank() ? null : s;
    }
}
