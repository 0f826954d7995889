package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given a .txt name: the decoder either returns non-blank text or refuses with a
 * reason; nothing else may escape. Plain {@code mvn verify} replays the saved inputs in
 * {@code TextDecoderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (see README, Robustness).
 */
class TextDecoderFuzzTest {
    @FuzzTest(maxDuration = "3m")
    void decodesOrRefuses(byte[] bytes) {
        try {
            TextDecoder.Decoded d = TextDecoder.decode(bytes);
            assertFalse(d.text().isBlank(), "decoded text is blank but was accepted");
        } catch (UnreadableInputException expected) {
            assertFalse(expected.getMessage().isBlank());
        }
    }
}
