package dev.stratum.generate;

import java.io.IOException;
import java.io.Writer;

/**
 * The writer every template renders into: it counts the UTF-8 size of what it holds against the per-file and total
 * limits and stops at the render deadline, so a template that writes gigabytes or loops while writing fails with one
 * line instead of an OutOfMemoryError. It throws {@link IOException}s, which FreeMarker passes through untouched
 * (no {@code <#attempt>} can swallow them).
 */
final class LimitedWriter extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final RenderBudget budget;
    private final String where;
    private long bytes;

    LimitedWriter(RenderBudget budget, String where) {
        this.budget = budget;
        this.where = where;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        account(utf8Length(chars, off, len));
        text.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        account(utf8Length(s, off, len));
        text.append(s, off, off + len);
    }

    @Override
    public void write(int c) throws IOException {
        account(c < 0x80 ? 1 : c < 0x800 ? 2 : 3);
        text.append((char) c);
    }

    private void account(long more) throws IOException {
        if (budget.expired()) {
            throw new Stop(null);
        }
        bytes += more;
        try {
            budget.spend(where, bytes, more);
        } catch (RenderBudget.OutputLimitException e) {
            throw new Stop(e);
        }
    }

    String text() {
        return text.toString();
    }

    @Override
    public void flush() {
        // In memory.
    }

    @Override
    public void close() {
        // In memory.
    }

    private static long utf8Length(CharSequence s, int off, int len) {
        long n = 0;
        for (int i = off; i < off + len; i++) {
            n += utf8Length(s.charAt(i));
        }
        return n;
    }

    private static long utf8Length(char[] s, int off, int len) {
        long n = 0;
        for (int i = off; i < off + len; i++) {
            n += utf8Length(s[i]);
        }
        return n;
    }

    /** A surrogate pair is 4 bytes in UTF-8: 2 per half. */
    private static int utf8Length(char c) {
        return c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }

    /** Rendering must stop: a limit (with its message) or the deadline ({@code limit == null}). */
    static final class Stop extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient RenderBudget.OutputLimitException limit;

        Stop(RenderBudget.OutputLimitException limit) {
            super(limit == null ? "render time limit reached" : limit.getMessage());
            this.limit = limit;
        }

        RenderBudget.OutputLimitException limit() {
            return limit;
        }
    }
}
