package dev.stratum.testsupport;

import java.util.concurrent.Callable;

/**
 * The contract every parser Stratum owns must keep on any input, checked by the fuzz tests: it returns a value, or
 * it fails with the one exception type users are meant to see (Stratum's {@code StratumException}) carrying a
 * non-empty, one-line message (other control characters are escaped where messages are printed). Anything else (a {@code NullPointerException}, a
 * {@code StackOverflowError}, a library exception leaking) propagates, and the fuzzer reports it as a finding.
 *
 * <p>The allowed type is a parameter so this module need not depend on {@code core}.
 */
public final class ParserContract {
    private ParserContract() {
    }

    /** Runs {@code parse}; returns its value, or null when it failed as allowed. */
    public static <T> T returnsOrFails(Class<? extends RuntimeException> allowed, Callable<T> parse) throws Exception {
        try {
            return parse.call();
        } catch (RuntimeException e) {
            if (!allowed.isInstance(e)) {
                throw e;
            }
            requireUserMessage(e.getMessage(), e);
            return null;
        }
    }

    /** A message users read: non-empty and one line (no line feed, carriage return, NEL, line or paragraph separator). */
    public static void requireUserMessage(String message) {
        requireUserMessage(message, null);
    }

    private static void requireUserMessage(String message, Throwable cause) {
        if (message == null || message.isBlank()) {
            throw new AssertionError("empty message", cause);
        }
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                throw new AssertionError(String.format("message has line break U+%04X at %d: %s",
                        (int) c, i, message.replaceAll("\\p{Cntrl}", "?")), cause);
            }
        }
    }
}
