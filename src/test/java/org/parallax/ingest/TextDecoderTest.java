package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String NEWS = "Le maire a déclaré à Lyon que la ville ne doit pas être « spectatrice ». "
            + "The café’s owner said “no comment” – twice.";

    @Test
    void readsUtf8WithoutNote() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(NEWS.getBytes(StandardCharsets.UTF_8));
        assertEquals(NEWS, d.text());
        assertNull(d.note());
    }

    @Test
    void honoursByteOrderMarks() throws Exception {
        byte[] bom8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, NEWS.getBytes(StandardCharsets.UTF_8));
        assertEquals(NEWS, TextDecoder.decode(bom8).text());
        byte[] bom16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, NEWS.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(NEWS, TextDecoder.decode(bom16).text());
        byte[] bom16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, NEWS.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(NEWS, TextDecoder.decode(bom16be).text());
    }

    @Test
    void readsUtf16WithoutBomAndSaysSo() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(NEWS.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(NEWS, d.text());
        assertTrue(d.note().contains("UTF-16LE"), d.note());
    }

    @Test
    void guessesWindows1252AndSaysItGuessed() throws Exception {
        String text = "The minister’s “plan” was described as “unworkable” by critics — twice. "
                + "Les négociations à Genève ont échoué, a déclaré le porte-parole du ministère des Affaires étrangères.";
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")));
        assertEquals(text, d.text());
        assertTrue(d.note().startsWith("encoding not declared"), d.note());
    }

    @Test
    void readsLatin1Accents() throws Exception {
        String text = "Le président français a rencontré à Pékin son homologue chinois; la réunion a duré deux heures.";
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(text, d.text());
    }

    @Test
    void refusesEmptyAndBinaryWithAReason() {
        assertEquals("empty file", assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(new byte[0])).getMessage());
        assertTrue(assertThrows(UnreadableInputException.class, () -> TextDecoder.decode("  \n ".getBytes(StandardCharsets.UTF_8)))
                .getMessage().startsWith("empty file"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertEquals("not a text file (PNG image)", assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(png)).getMessage());
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertTrue(assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(zip)).getMessage().contains("ZIP"));
        byte[] noise = new byte[600];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 31 + 7);
        }
        assertTrue(assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(noise)).getMessage().startsWith("not a text file"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
