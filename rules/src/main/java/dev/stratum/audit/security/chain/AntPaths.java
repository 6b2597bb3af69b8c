package dev.stratum.audit.security.chain;

/**
 * Matches request paths against Spring's path patterns ({@code /api/**}, {@code /users/*}, {@code /items/{id}})
 * without regular expressions: the patterns come from the audited code, so matching must stay linear.
 */
public final class AntPaths {
    private AntPaths() {
    }

    public static boolean matches(String pattern, String path) {
        String[] p = segments(pattern);
        String[] s = segments(path);
        return match(p, 0, s, 0);
    }

    private static String[] segments(String text) {
        String t = text.strip();
        while (t.startsWith("/")) {
            t = t.substring(1);
        }
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? new String[0] : t.split("/+");
    }

    private static boolean match(String[] p, int i, String[] s, int j) {
        while (i < p.length) {
            if (p[i].equals("**")) {
                if (i == p.length - 1) {
                    return true;
                }
                for (int k = j; k <= s.length; k++) {
                    if (match(p, i + 1, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (j >= s.length || !segment(p[i], s[j])) {
                return false;
            }
            i++;
            j++;
        }
        return j == s.length;
    }

    /** One segment: {@code *} any run, {@code ?} one character, {@code {name}} (or {@code {name:regex}}) a whole segment. */
    static boolean segment(String pattern, String text) {
        if (pattern.startsWith("{") && pattern.endsWith("}")) {
            return true;
        }
        int pi = 0;
        int ti = 0;
        int star = -1;
        int mark = 0;
        while (ti < text.length()) {
            if (pi < pattern.length() && (pattern.charAt(pi) == '?' || pattern.charAt(pi) == text.charAt(ti))) {
                pi++;
                ti++;
            } else if (pi < pattern.length() && pattern.charAt(pi) == '*') {
                star = pi++;
                mark = ti;
            } else if (star >= 0) {
                pi = star + 1;
                ti = ++mark;
            } else {
                return false;
            }
        }
        while (pi < pattern.length() && pattern.charAt(pi) == '*') {
            pi++;
        }
        return pi == pattern.length();
    }
}
