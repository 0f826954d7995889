package org.parallax.ingest;

/** An input that cannot be read as an article; the message is the reason shown to the user. */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String reason) {
        super(reason);
    }

    public UnreadableInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
