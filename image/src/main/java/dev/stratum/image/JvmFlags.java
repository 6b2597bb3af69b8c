package dev.stratum.image;

import dev.stratum.core.UsageException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code --jvm-flags} value into entrypoint arguments the way a POSIX shell splits words, without
 * expanding anything: blanks separate arguments; single quotes keep everything literally; double quotes keep
 * blanks and let a backslash escape {@code "}, {@code \}, {@code $} and {@code `}; outside quotes a backslash
 * keeps the next character. So {@code -Dgreeting='hello world'} is one argument, as it would be in a shell. An
 * unbalanced quote or a trailing backslash is a usage error (exit 2).
 */
public final class JvmFlags {
    private JvmFlags() {
    }

    public static List<String> split(String value) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '\'') {
                int end = value.indexOf('\'', i + 1);
                if (end < 0) {
                    throw problem(value, "unbalanced single quote");
                }
                word.append(value, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(value, i + 1, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= value.length()) {
                    throw problem(value, "trailing backslash");
                }
                word.append(value.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends a double-quoted part starting after its opening quote; returns the index after the closing one. */
    private static int doubleQuoted(String value, int start, StringBuilder word) {
        int i = start;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < value.length() && "\"\\$`".indexOf(value.charAt(i + 1)) >= 0) {
                word.append(value.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw problem(value, "unbalanced double quote");
    }

    private static UsageException problem(String value, String what) {
        return new UsageException("--jvm-flags " + ImageReferences.shown(value) + ": " + what
                + " (flags are split like shell words: quote a value with spaces as -Dkey='a b')");
    }
}
