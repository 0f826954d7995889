package org.parallax.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.parallax.model.Article;
import org.parallax.model.Removal;

/**
 * Reads word-processor documents, .docx (Office Open XML) and .odt (OpenDocument Text), with the
 * JDK's zip and XML readers: paragraphs and headings, one per line-block, tables cell by cell.
 * What is not the document's own text is kept out of the analysis but not hidden: comments,
 * tracked deletions, headers, footers and footnotes are put after the body and recorded as
 * removals with their reason. Refused with a reason: an encrypted document, a damaged one, and one that
 * unpacks to more than {@link #MAX_UNPACKED_BYTES} (a zip bomb). XML is read without DTDs, so no
 * entity can expand or reach outside the file.
 */
public final class OfficeReader {
    /** All parts read from one document together; a long book's XML is a few tens of megabytes. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /** Zip entries looked at; a document has tens, a bomb may have millions. */
    static final int MAX_ENTRIES = 10_000;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private OfficeReader() {
    }

    /** The document's text being built: body paragraphs, then what is left out, each recorded. */
    private static final class Text {
        final List<String> body = new ArrayList<>();
        final List<String[]> leftOut = new ArrayList<>(); // {reason, text}
        String title;
        String author;

        void leaveOut(String reason, String text) {
            String t = text.strip();
            if (!t.isEmpty()) {
                leftOut.add(new String[] {reason, t});
            }
        }

        Article toArticle(String path, String format) throws UnreadableInputException {
            if (body.stream().allMatch(String::isBlank)) {
                throw new UnreadableInputException("the document has no text");
            }
            StringBuilder sb = new StringBuilder();
            for (String p : body) {
                if (!p.isBlank()) {
                    sb.append(sb.length() == 0 ? "" : "\n\n").append(p.strip());
                }
            }
            List<Removal> removals = new ArrayList<>();
            for (String[] r : leftOut) {
                sb.append("\n\n");
                int start = sb.length();
                sb.append(r[1].replaceAll("\\s*\\n\\s*", " "));
                removals.add(new Removal(start, sb.length(), r[0]));
            }
            return Article.read(path, format, sb.toString())
                    .withMetadata(blankToNull(title), null, null, blankToNull(author), null)
                    .withCleaning(List.of(), removals);
        }
    }

    public static Article read(String path, byte[] bytes, String format) throws UnreadableInputException {
        String kind = format.equals("docx") ? "Word (.docx)" : "OpenDocument (.odt)";
        if (startsWith(bytes, OLE2)) {
            throw new UnreadableInputException(containsUtf16(bytes, "EncryptionInfo")
                    ? "the document is encrypted with a password"
                    : "not a " + kind + " document (an old binary Word file? save it as .docx)");
        }
        if (!startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            throw new UnreadableInputException("not a readable " + kind + " document (not a zip package)");
        }
        Map<String, byte[]> parts = unpack(bytes, kind);
        try {
            Text text = new Text();
            if (format.equals("docx")) {
                readDocx(parts, text, kind);
            } else {
                readOdt(parts, text, kind);
            }
            return text.toArticle(path, format);
        } catch (XMLStreamException | RuntimeException e) {
            throw new UnreadableInputException("not a readable " + kind + " document (damaged XML: "
                    + ArticleLoader.oneLine(e.getMessage()) + ")", e);
        }
    }

    /** The parts a reader needs, unpacked with a cap on their total size. */
    private static Map<String, byte[]> unpack(byte[] bytes, String kind) throws UnreadableInputException {
        Map<String, byte[]> parts = new TreeMap<>();
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnreadableInputException("refused: the " + kind + " package holds more than "
                            + MAX_ENTRIES + " parts (a zip bomb?)");
                }
                if (!wanted(e.getName())) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw new UnreadableInputException(String.format(Locale.ROOT,
                                "refused: the %s document unpacks to more than %d MB (a zip bomb?)", kind,
                                MAX_UNPACKED_BYTES / (1024 * 1024)));
                    }
                    if (Thread.currentThread().isInterrupted()) {
                        throw new UnreadableInputException("reading was cancelled");
                    }
                    out.write(buffer, 0, n);
                }
                parts.put(e.getName(), out.toByteArray());
            }
        } catch (ZipException e) {
            throw new UnreadableInputException("not a readable " + kind + " document (damaged zip: "
                    + ArticleLoader.oneLine(e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new UnreadableInputException("not a readable " + kind + " document (" + ArticleLoader.oneLine(e.getMessage()) + ")", e);
        } catch (IllegalArgumentException e) {
            // ZipInputStream meets malformed entry names with this
            throw new UnreadableInputException("not a readable " + kind + " document (damaged zip: "
                    + ArticleLoader.oneLine(e.getMessage()) + ")", e);
        }
        return parts;
    }

    private static boolean wanted(String name) {
        return name.equals("word/document.xml") || name.equals("word/comments.xml")
                || name.equals("word/footnotes.xml") || name.equals("word/endnotes.xml")
                || name.matches("word/(header|footer)\\d*\\.xml") || name.equals("docProps/core.xml")
                || name.equals("content.xml") || name.equals("styles.xml") || name.equals("meta.xml")
                || name.equals("META-INF/manifest.xml") || name.equals("EncryptionInfo");
    }

    // ---- .docx ----

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static void readDocx(Map<String, byte[]> parts, Text text, String kind) throws XMLStreamException, UnreadableInputException {
        byte[] document = parts.get("word/document.xml");
        if (document == null) {
            throw new UnreadableInputException("not a readable " + kind + " document (no word/document.xml)");
        }
        List<String> deletions = new ArrayList<>();
        String firstHeading = wordParagraphs(document, text.body, deletions);
        deletions.forEach(d -> text.leaveOut("tracked deletion", d));
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String name = part.getKey();
            if (name.startsWith("word/header") || name.startsWith("word/footer")) {
                List<String> paragraphs = new ArrayList<>();
                wordParagraphs(part.getValue(), paragraphs, new ArrayList<>());
                text.leaveOut(name.startsWith("word/header") ? "header" : "footer", String.join(" ", paragraphs));
            }
        }
        for (String notes : List.of("word/footnotes.xml", "word/endnotes.xml")) {
            if (parts.containsKey(notes)) {
                List<String> paragraphs = new ArrayList<>();
                wordParagraphs(parts.get(notes), paragraphs, new ArrayList<>());
                paragraphs.forEach(p -> text.leaveOut(notes.contains("foot") ? "footnote" : "endnote", p));
            }
        }
        if (parts.containsKey("word/comments.xml")) {
            List<String> comments = new ArrayList<>();
            XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(parts.get("word/comments.xml")));
            StringBuilder one = null;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT && W.equals(x.getNamespaceURI()) && x.getLocalName().equals("comment")) {
                    one = new StringBuilder();
                } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI()) && x.getLocalName().equals("comment") && one != null) {
                    comments.add(one.toString());
                    one = null;
                } else if (one != null && ev == XMLStreamConstants.START_ELEMENT && W.equals(x.getNamespaceURI()) && x.getLocalName().equals("t")) {
                    one.append(x.getElementText());
                } else if (one != null && ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("p")) {
                    one.append(' ');
                }
            }
            comments.forEach(c -> text.leaveOut("comment", c));
        }
        byte[] core = parts.get("docProps/core.xml");
        if (core != null) {
            text.title = firstElementText(core, "title");
            text.author = firstElementText(core, "creator");
        }
        if (text.title == null) {
            text.title = firstHeading;
        }
    }

    /**
     * The paragraphs of a WordprocessingML part (w:p, wherever they are: body, table cells, text
     * boxes); deleted runs go to {@code deletions}. Returns the first Title or Heading paragraph.
     */
    private static String wordParagraphs(byte[] xml, List<String> out, List<String> deletions) throws XMLStreamException {
        XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        StringBuilder para = new StringBuilder();
        StringBuilder deleted = new StringBuilder();
        String firstHeading = null;
        boolean heading = false;
        int depthInDeletion = 0;
        int depthInFallback = 0;
        int events = 0;
        while (x.hasNext()) {
            int ev = nextEvent(x, ++events);
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String ns = x.getNamespaceURI();
                String local = x.getLocalName();
                if (local.equals("Fallback")) {
                    depthInFallback++; // the same text again, for older readers
                } else if (depthInFallback > 0) {
                    continue;
                } else if (!W.equals(ns)) {
                    continue;
                } else if (local.equals("p")) {
                    para.setLength(0);
                    heading = false;
                } else if (local.equals("pStyle")) {
                    String style = x.getAttributeValue(W, "val");
                    heading = style != null && (style.startsWith("Heading") || style.equals("Title"));
                } else if (local.equals("del") || local.equals("moveFrom")) {
                    depthInDeletion++;
                } else if (local.equals("t") || local.equals("delText")) {
                    String t = x.getElementText();
                    (depthInDeletion > 0 || local.equals("delText") ? deleted : para).append(t);
                } else if (local.equals("tab") || local.equals("br") || local.equals("cr")) {
                    (depthInDeletion > 0 ? deleted : para).append(' ');
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String local = x.getLocalName();
                if (local.equals("Fallback")) {
                    depthInFallback--;
                } else if (depthInFallback > 0 || !W.equals(x.getNamespaceURI())) {
                    continue;
                } else if (local.equals("del") || local.equals("moveFrom")) {
                    depthInDeletion--;
                    if (depthInDeletion == 0) {
                        deleted.append(' ');
                    }
                } else if (local.equals("p")) {
                    String p = para.toString().replaceAll("\\s+", " ").strip();
                    if (!p.isEmpty()) {
                        out.add(p);
                        if (heading && firstHeading == null) {
                            firstHeading = p;
                        }
                    }
                    if (!deleted.toString().isBlank()) {
                        deletions.add(deleted.toString().replaceAll("\\s+", " ").strip());
                    }
                    deleted.setLength(0);
                    para.setLength(0);
                }
            }
        }
        return firstHeading;
    }

    // ---- .odt ----

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    private static void readOdt(Map<String, byte[]> parts, Text text, String kind) throws XMLStreamException, UnreadableInputException {
        byte[] manifest = parts.get("META-INF/manifest.xml");
        if (manifest != null && new String(manifest, StandardCharsets.UTF_8).contains("encryption-data")) {
            throw new UnreadableInputException("the document is encrypted with a password");
        }
        byte[] content = parts.get("content.xml");
        if (content == null) {
            throw new UnreadableInputException("not a readable " + kind + " document (no content.xml)");
        }
        String firstHeading = odfParagraphs(content, text, false);
        if (parts.containsKey("styles.xml")) {
            odfParagraphs(parts.get("styles.xml"), text, true);
        }
        byte[] meta = parts.get("meta.xml");
        if (meta != null) {
            text.title = firstElementText(meta, "title");
            text.author = firstNonNull(firstElementText(meta, "initial-creator"), firstElementText(meta, "creator"));
        }
        if (text.title == null) {
            text.title = firstHeading;
        }
    }

    /**
     * The paragraphs (text:p, text:h) of an OpenDocument part. In content.xml comments
     * (office:annotation) and tracked deletions (text:deletion) are left out; in styles.xml only
     * the headers and footers of the page styles are text, and all of it is left out.
     */
    private static String odfParagraphs(byte[] xml, Text text, boolean stylesPart) throws XMLStreamException {
        XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        // One builder per open paragraph: a comment's own paragraphs sit inside the body's paragraph.
        List<StringBuilder> open = new ArrayList<>();
        String leftOutAs = null;
        int leftOutDepth = 0;
        int openAtLeftOut = 0;
        int depth = 0;
        StringBuilder leftOutText = new StringBuilder();
        String firstHeading = null;
        int events = 0;
        while (x.hasNext()) {
            int ev = nextEvent(x, ++events);
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String ns = x.getNamespaceURI();
                String local = x.getLocalName();
                if (leftOutAs == null) {
                    String as = OFFICE.equals(ns) && local.equals("annotation") ? "comment"
                            : TEXT.equals(ns) && local.equals("tracked-changes") ? "tracked deletion"
                            : TEXT.equals(ns) && local.equals("note") ? "footnote"
                            : STYLE.equals(ns) && (local.startsWith("header") || local.startsWith("footer"))
                                    ? (local.startsWith("header") ? "header" : "footer")
                            : null;
                    if (as != null) {
                        leftOutAs = as;
                        leftOutDepth = depth;
                        openAtLeftOut = open.size();
                        leftOutText.setLength(0);
                        continue;
                    }
                }
                if (!TEXT.equals(ns)) {
                    continue;
                }
                if (local.equals("p") || local.equals("h")) {
                    open.add(new StringBuilder());
                } else if (local.equals("s")) {
                    append(open, leftOutAs != null ? openAtLeftOut : 0, " ".repeat(spaces(x.getAttributeValue(TEXT, "c"))));
                } else if (local.equals("tab") || local.equals("line-break")) {
                    append(open, leftOutAs != null ? openAtLeftOut : 0, " ");
                } else if (local.equals("note-citation")) {
                    x.getElementText(); // the footnote's number, not text of the sentence
                    depth--;
                }
            } else if (ev == XMLStreamConstants.CHARACTERS) {
                // Text outside a paragraph (a comment's author and date, number formats) is not text.
                append(open, leftOutAs != null ? openAtLeftOut : 0, x.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String local = x.getLocalName();
                if (leftOutAs != null && depth == leftOutDepth) {
                    if (!stylesPart || !leftOutAs.equals("comment")) {
                        text.leaveOut(leftOutAs, leftOutText.toString().replaceAll("\\s+", " "));
                    }
                    leftOutAs = null;
                } else if (TEXT.equals(x.getNamespaceURI()) && (local.equals("p") || local.equals("h")) && !open.isEmpty()) {
                    boolean inLeftOut = leftOutAs != null && open.size() > openAtLeftOut;
                    String p = open.remove(open.size() - 1).toString().replaceAll("\\s+", " ").strip();
                    if (inLeftOut) {
                        leftOutText.append(p).append(' ');
                    } else if (!stylesPart && !p.isEmpty()) {
                        text.body.add(p);
                        if (local.equals("h") && firstHeading == null) {
                            firstHeading = p;
                        }
                    }
                }
                depth--;
            }
        }
        return firstHeading;
    }

    /** Appends to the innermost open paragraph, if it was opened inside the part being read. */
    private static void append(List<StringBuilder> open, int openBefore, String t) {
        if (open.size() > openBefore) {
            open.get(open.size() - 1).append(t);
        }
    }

    private static int spaces(String count) {
        try {
            return count == null ? 1 : Math.max(1, Math.min(Integer.parseInt(count.strip()), 100));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    // ---- shared ----

    private static String firstElementText(byte[] xml, String localName) throws XMLStreamException {
        XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals(localName)) {
                String t = x.getElementText().strip();
                return t.isEmpty() ? null : t;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean containsUtf16(byte[] bytes, String s) {
        byte[] needle = s.getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The next XML event; every 4,096 events, stops when the reading was cancelled (time budget). */
    private static int nextEvent(javax.xml.stream.XMLStreamReader x, int events) throws XMLStreamException {
        if ((events & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
            throw new XMLStreamException("reading was cancelled");
        }
        return x.next();
    }
}
