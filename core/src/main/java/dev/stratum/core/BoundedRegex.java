package dev.stratum.core;

import java.util.regex.Pattern;

/**
 * Matching with a regular expression written by someone else (a template's option {@code pattern}), with a bound
 * on the work: Java's engine backtracks without limit, so {@code (.*a){12}} against 40 {@code a}s and a {@code b}
 * runs for hours. The input is wrapped so that every character the engine reads counts against a budget; past it, the
 * match fails with a {@link UsageException} instead of hanging.
 */
public final class BoundedRegex {
    /** Characters read per match; a linear pattern on an answer needs a few per character. */
    static final long MIN_BUDGET = 1_000_000;

    private BoundedRegex() {
    }

    /**
     * Whether all of {@code input} matches {@code pattern}; {@code what} names the pattern in the error
     * (e.g. "option 'code'").
     */
    public static boolean matches(Pattern pattern, String input, String what) {
        long budget = Math.max(MIN_BUDGET, 64L * input.length());
        try {
            return pattern.matcher(new Counting(input, budget)).matches();
        } catch (Exhausted e) {
            String shown = pattern.pattern().length() > 80 ? pattern.pattern().substring(0, 80) + "..." : pattern.pattern();
            throw new UsageException(what + ": pattern /" + shown
                    + "/ needs too much backtracking to match a value of " + input.length()
                    + " characters; simplify the pattern");
        }
    }

    private static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super(null, null, false, false);
        }
    }

    /** The input as the engine sees it, counting reads. */
    private static final class Counting implements CharSequence {
        private final String text;
        private final int from;
        private final int to;
        private final long[] left;

        Counting(String text, long budget) {
            this(text, 0, text.length(), new long[] {budget});
        }

        private Counting(String text, int from, int to, long[] left) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(from + index);
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counting(text, from + start, from + end, left);
        }

        @Override
        public String toString() {
            return text.substring(from, to);
        }
    }
}
