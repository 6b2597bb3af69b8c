package dev.stratum.audit;

/**
 * The deepest bracket nesting ({@code ( [ {}) of Java source text, skipping comments, string, text block and char
 * literals: one linear pass, so a file nested 50,000 deep is refused before the recursive parser meets it.
 */
final class Nesting {
    private Nesting() {
    }

    static int maxDepth(String s) {
        int depth = 0;
        int max = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                int end = s.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
            } else if (c == '"' && s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(s, i, c);
            } else if (c == '(' || c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    /** Index of the closing quote (or the end of the line: literals do not span lines). */
    private static int endOfLiteral(String s, int start, char quote) {
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i;
            }
        }
        return s.length();
    }
}
