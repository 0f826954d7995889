package org.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small .docx and .odt documents written here, part by part, for the reader's tests. */
public final class OfficeFixtures {
    private OfficeFixtures() {
    }

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /**
     * A report with a title, a heading, a paragraph with a tracked deletion and an insertion, a
     * comment, a footnote, a table, non-ASCII text, a header and a footer.
     */
    public static byte[] docx() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Council passes budget</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">The council </w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"Ed\"><w:r><w:delText>narrowly </w:delText></w:r></w:del>"
                + "<w:r><w:t xml:space=\"preserve\">approved the budget on Tuesday, said René Müller, the clerk.</w:t></w:r>"
                + "<w:commentRangeStart w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>The vote</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">The vote was seven to two</w:t></w:r>"
                + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
                + "<w:ins w:id=\"2\" w:author=\"Ed\"><w:r><w:t xml:space=\"preserve\"> after four hours</w:t></w:r></w:ins>"
                + "<w:r><w:t>.</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Roads</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>€40 million</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                + "</w:body></w:document>");
        parts.put("word/footnotes.xml", "<?xml version=\"1.0\"?><w:footnotes " + W + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Source: the city budget office.</w:t></w:r></w:p></w:footnote></w:footnotes>");
        parts.put("word/comments.xml", "<?xml version=\"1.0\"?><w:comments " + W + "><w:comment w:id=\"0\" w:author=\"Ed\">"
                + "<w:p><w:r><w:t>Check the clerk's name.</w:t></w:r></w:p></w:comment></w:comments>");
        parts.put("word/header1.xml", "<?xml version=\"1.0\"?><w:hdr " + W + "><w:p><w:r><w:t>Springfield Times</w:t></w:r></w:p></w:hdr>");
        parts.put("word/footer1.xml", "<?xml version=\"1.0\"?><w:ftr " + W + "><w:p><w:r><w:t>Page 1</w:t></w:r></w:p></w:ftr>");
        parts.put("docProps/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties "
                + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Ann Lee</dc:creator></cp:coreProperties>");
        return zip(parts);
    }

    /** A .docx holding just these paragraphs. */
    public static byte[] docxOf(String text) {
        StringBuilder body = new StringBuilder();
        for (String p : text.strip().split("\n\n")) {
            body.append("<w:p><w:r><w:t>").append(p.replace("&", "&amp;").replace("<", "&lt;").replace("\n", " "))
                    .append("</w:t></w:r></w:p>");
        }
        return zip(Map.of("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>"
                + body + "</w:body></w:document>"));
    }

    private static final String ODF_NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"";

    /** The same report as {@link #docx()}, in OpenDocument. */
    public static byte[] odt() {
        return odt(false);
    }

    public static byte[] odt(boolean encrypted) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text");
        parts.put("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                + (encrypted ? "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/>" : "")
                + "</manifest:file-entry></manifest:manifest>");
        parts.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ODF_NS + ">"
                + "<office:body><office:text>"
                + "<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion>"
                + "<office:change-info><dc:creator>Ed</dc:creator><dc:date>2024-01-01T10:00:00</dc:date></office:change-info>"
                + "<text:p>narrowly</text:p></text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:h text:outline-level=\"1\">Council passes budget</text:h>"
                + "<text:p>The council <text:change text:change-id=\"ct1\"/>approved the budget on Tuesday,<text:s/>said "
                + "René Müller, the clerk.<office:annotation><dc:creator>Ed</dc:creator><dc:date>2024-01-01T10:00:00</dc:date>"
                + "<text:p>Check the clerk's name.</text:p></office:annotation></text:p>"
                + "<text:h text:outline-level=\"2\">The vote</text:h>"
                + "<text:p>The vote was seven to two<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                + "<text:note-body><text:p>Source: the city budget office.</text:p></text:note-body></text:note>"
                + "<text:span> after four hours</text:span>.</text:p>"
                + "<table:table><table:table-row><table:table-cell><text:p>Roads</text:p></table:table-cell>"
                + "<table:table-cell><text:p>€40 million</text:p></table:table-cell></table:table-row></table:table>"
                + "</office:text></office:body></office:document-content>");
        parts.put("styles.xml", "<?xml version=\"1.0\"?><office:document-styles " + ODF_NS + "><office:master-styles>"
                + "<style:master-page style:name=\"Standard\"><style:header><text:p>Springfield Times</text:p></style:header>"
                + "<style:footer><text:p>Page 1</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>");
        parts.put("meta.xml", "<?xml version=\"1.0\"?><office:document-meta " + ODF_NS + "><office:meta>"
                + "<meta:initial-creator>Ann Lee</meta:initial-creator></office:meta></office:document-meta>");
        return zip(parts);
    }

    /** What Word writes for a document with a password: an OLE2 compound file holding the encrypted package. */
    public static byte[] encryptedDocx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        out.writeBytes(new byte[504]);
        out.writeBytes("EncryptionInfo".getBytes(StandardCharsets.UTF_16LE));
        out.writeBytes(new byte[64]);
        out.writeBytes("EncryptedPackage".getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    /** A document cut off part-way, as an interrupted download leaves it. */
    public static byte[] truncated(byte[] document) {
        return java.util.Arrays.copyOf(document, document.length / 2);
    }

    /** A .docx whose document part unpacks to {@code megabytes} of spaces from a few hundred kilobytes. */
    public static byte[] bomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                OutputStream o = zip;
                o.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
