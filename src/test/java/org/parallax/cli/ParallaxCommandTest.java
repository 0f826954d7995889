package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ParallaxCommandTest {
    @Command(name = "boom")
    static final class Boom implements Runnable {
        private final RuntimeException failure;

        Boom(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public void run() {
            throw failure;
        }
    }

    private static String failWith(RuntimeException e) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Boom(e));
        cl.setErr(new PrintWriter(err));
        assertEquals(2, ParallaxCommandTestAccess.execute(cl));
        return err.toString().strip();
    }

    @Test
    void anUnexpectedFailureWithoutAMessageIsNamedNotPrintedAsNull() {
        assertEquals("parallax: unexpected NullPointerException (please report it with the command you ran)",
                failWith(new NullPointerException()));
    }

    @Test
    void aFailureMessageIsPrintedOnOneLine() {
        assertEquals("parallax: disk full", failWith(new IllegalStateException("disk full\n\tat somewhere")));
    }
}
