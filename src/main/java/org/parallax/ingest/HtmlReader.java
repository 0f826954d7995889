package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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

    /** The element holding the article: an explicit article body, else the container with the most paragraph text. */
    private static Element mainBody(Document doc) {
        for (String selector : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Elements found = doc.select(selector);
            Element best = null;
            for (Element e : found) {
                if (best == null || paragraphTextLength(e) > paragraphTextLength(best)) {
                    best = e;
                }
            }
            if (best != null && paragraphTextLength(best) > 0) {
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
            int score = paragraphTextLength(parent);
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return best;
    }

    private static int paragraphTextLength(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            return root.text().strip();
        }
        for (Element block : blocks) {
            // A block nested in another selected block (li > p) is emitted once, by the inner one.
            if (!block.select(BLOCKS).stream().filter(b -> b != block).toList().isEmpty()) {
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
