package dev.stratum.audit.security;

import dev.stratum.audit.config.Placeholders;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heuristics for secrets: names that hold them, values that look like them (entropy, known token formats).
 * Nothing here ever returns or prints the value itself.
 */
public final class Secrets {
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|passphrase|pwd|secret|token|api[-_.]?key|access[-_.]?key|private[-_.]?key|credentials?|client[-_.]?secret|signing[-_.]?key).*");
    private static final Pattern SECRET_WORD = Pattern.compile(
            "(?i)(password|passwd|passphrase|pwd|secret|token|api[-_.]?key|access[-_.]?key|private[-_.]?key|credentials?|signing[-_.]?key)");
    /** Words that, after the secret word, make the name one of its attributes rather than the secret itself. */
    private static final Pattern ATTRIBUTE_WORD = Pattern.compile(
            "(?i)(validity|expir|ttl|timeout|seconds|minutes|hours|days|millis|duration|lifetime|length|size|count|"
                    + "header|param|name|url|uri|path|endpoint|type|format|enabled|algorithm|location|file|prefix|id\\b)");
    /** Names that mention a secret but hold something else (a header name, a URL, a length, ...). */
    private static final Pattern NOT_A_SECRET = Pattern.compile(
            "(?i).*(param|header|field|label|name|url|uri|path|endpoint|prefix|suffix|pattern|regex|policy|encoder|"
                    + "length|min|max|expir|ttl|validity|timeout|type|format|enabled|reset|forgot|hint|message|key[-_.]?id|"
                    + "attribute|cookie|query|column|property|event|topic|template|strength|location|file|store[-_.]?type|"
                    + "algorithm|provider|mode|issuer|audience|scope|grant|claim|id)$");
    private static final Pattern KNOWN_TOKEN = Pattern.compile(
            "(AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----(?:\\s|\\n|\\r)*[A-Za-z0-9+/=]{32}|gh[pousr]_[A-Za-z0-9]{36,}|xox[abposr]-[A-Za-z0-9-]{10,}"
                    + "|sk_live_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{35}|glpat-[A-Za-z0-9_-]{20})");

    /** Known token formats, as a visible prefix and the secret part (at least a few characters, so cut-off tokens count). */
    private static final Pattern TOKEN_HINT = Pattern.compile(
            "((?:AKIA|ASIA)(?=[0-9A-Z]{4})|gh[pousr]_(?=\\w{4})|github_pat_(?=\\w{4})|xox[abposr]-(?=[A-Za-z0-9-]{4})"
                    + "|[sr]k_(?:live|test)_(?=[A-Za-z0-9]{4})|AIza(?=[0-9A-Za-z_-]{10})|glpat-(?=[A-Za-z0-9_-]{4}))[A-Za-z0-9_-]+");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "(-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----)(?:[A-Za-z0-9+/=\\s]|\\\\[nr])+");
    /** {@code password=...}, {@code token: ...}, {@code "secret": "..."}: the value after a secret-sounding name. */
    private static final Pattern ASSIGNED = Pattern.compile(
            "(?i)((?:pass(?:word|wd|phrase)?|pwd|secret|token|api[-_.]?key|access[-_.]?key|private[-_.]?key|credentials?)"
                    + "[\"']?\\s{0,8}[=:]\\s{0,8})(\"[^\"\\n]{0,400}\"?|'[^'\\n]{0,400}'?|[^\\s&;,\"'<>(){}\\[\\]]+)");
    /** Oracle's {@code jdbc:oracle:thin:user/password@host}. */
    private static final Pattern ORACLE_LOGIN = Pattern.compile("(?i)(jdbc:oracle:\\w+:)[^@/\\s]{1,200}/[^@\\s]{1,200}@");
    /** Masking works on at most this much of a message; a longer one is cut first (messages are one line). */
    static final int MAX_MASKED = 4096;
    static final String HIDDEN = "****";

    private Secrets() {
    }

    /**
     * The one masking routine for every message, snippet and warning that can reach a report or a log line: known
     * token formats keep only their prefix ({@code ghp_****}), URL user-info (plain or percent-encoded) becomes
     * {@code ****@}, and the value after a secret-sounding name ({@code password=...}) becomes {@code ****}.
     * Linear in the length of the text; texts over {@value #MAX_MASKED} characters are cut first.
     */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = text.length() > MAX_MASKED ? text.substring(0, MAX_MASKED) + "..." : text;
        s = userinfo(s);
        s = PRIVATE_KEY.matcher(s).replaceAll("$1" + HIDDEN);
        s = TOKEN_HINT.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + HIDDEN));
        s = ORACLE_LOGIN.matcher(s).replaceAll("$1" + HIDDEN + "@");
        s = ASSIGNED.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) + (m.group(2).startsWith("\"") || m.group(2).startsWith("'") ? m.group(2).charAt(0) + HIDDEN
                        + m.group(2).charAt(0) : HIDDEN)));
        return s;
    }

    /** {@code scheme://user:pass@host} becomes {@code scheme://****@host}; one pass, no backtracking. */
    private static String userinfo(String s) {
        int from = 0;
        StringBuilder out = null;
        int copied = 0;
        while (true) {
            int sep = s.indexOf("://", from);
            if (sep < 0) {
                break;
            }
            int start = sep + 3;
            int i = start;
            int at = -1;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '@') {
                    at = i;
                } else if (c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '<' || c == '>'
                        || c == '`' || Character.isWhitespace(c)) {
                    break;
                }
                i++;
            }
            if (at > start) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, start).append(HIDDEN);
                copied = at;
            }
            from = Math.max(i, start);
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** Whether a variable, field or key name says it holds a secret. */
    public static boolean secretName(String name) {
        String last = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        if (!SECRET_NAME.matcher(last).matches() || NOT_A_SECRET.matcher(last).matches()) {
            return false;
        }
        // what follows the last secret word qualifies it: token-validity-in-seconds is a duration, api-key-header a name
        Matcher word = SECRET_WORD.matcher(last);
        int end = 0;
        while (word.find()) {
            end = word.end();
        }
        return !ATTRIBUTE_WORD.matcher(last.substring(end)).find();
    }

    /** Whether a value has a well-known credential format (AWS key, private key block, GitHub token, ...). */
    public static boolean knownTokenFormat(String value) {
        return KNOWN_TOKEN.matcher(value).find();
    }

    /**
     * Whether a value under a secret-sounding name is a real literal secret: not empty, not a placeholder
     * (${...}, {cipher}, <...>), not an obvious dummy, and not trivially low in entropy.
     */
    public static boolean literalSecret(String value) {
        String v = value.strip();
        if (v.length() < 6 || v.contains("${") || v.startsWith("{cipher}") || v.startsWith("<") || v.startsWith("#{")
                || v.contains(" ") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")
                || v.matches("\\d+[smhd]?") || v.startsWith("classpath:") || v.startsWith("file:")
                || v.startsWith("http://") || v.startsWith("https://")) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.matches("(x+|\\*+|\\.+|changeme|change-me|placeholder|redacted|dummy|example|your[-_]?\\w*)")) {
            return false;
        }
        return entropy(v) >= 2.5;
    }

    /**
     * Whether a configuration value under a secret-sounding name is a committed secret. Any literal counts, however
     * short or guessable ({@code root}, {@code 123456}, {@code minioadmin}): a weak default in a production profile
     * is the worst kind. Not a secret: empty, a placeholder ({@code ${...}}, {@code {cipher}}, {@code ENC(...)},
     * {@code #{...}}), a stand-in word ({@link Placeholders#isDummy}), a boolean, a location (a URL or file) or text
     * with blanks (a description).
     */
    public static boolean configSecret(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1).strip();
        }
        String lower = v.toLowerCase(Locale.ROOT);
        return !v.isEmpty() && !v.contains("${") && !lower.startsWith("{cipher}") && !v.startsWith("#{")
                && !lower.startsWith("enc(") && !Placeholders.isDummy(v) && !v.contains(" ")
                && !lower.equals("true") && !lower.equals("false") && !lower.startsWith("classpath:")
                && !lower.startsWith("file:") && !lower.startsWith("http://") && !lower.startsWith("https://");
    }

    /** The fallback of a {@code ${NAME:default}} placeholder when it is a committed secret ({@link #configSecret}). */
    public static boolean placeholderDefaultIsConfigSecret(String value) {
        var m = Pattern.compile("\\$\\{[^:}]+:([^}]*)}").matcher(value);
        return m.find() && configSecret(m.group(1));
    }

    /**
     * Stricter test for string constants in code, where secret-sounding names very often hold the <em>name</em> of
     * a secret (a config key, a form field, a header): the value must look random, not like an identifier or key.
     */
    public static boolean codeSecret(String value) {
        String v = value.strip();
        if (!literalSecret(v) || v.length() < 8 || IDENTIFIER_LIKE.matcher(v).matches()) {
            return false;
        }
        int classes = (v.chars().anyMatch(Character::isLowerCase) ? 1 : 0) + (v.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (v.chars().anyMatch(Character::isDigit) ? 1 : 0) + (v.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        return classes >= 3 || v.length() >= 20 && entropy(v) >= 3.5;
    }

    /**
     * Words joined by separators (config.keys, snake_case, UPPER_SNAKE, kebab-case, camelCase, /paths), e-mail
     * addresses, URNs and placeholders: names of things, not secrets. A segment is letters optionally followed by
     * digits, so "Pr0d" or "pk9Xr2" (digits inside letters) do not count as words.
     */
    private static final Pattern IDENTIFIER_LIKE = Pattern.compile(
            "/?(?:[A-Za-z]+[0-9]*|[0-9]+)(?:[._/:\\- ]+(?:[A-Za-z]+[0-9]*|[0-9]+))*/?|[\\w.\\-+]+@[\\w.\\-]+|urn:.*|\\$\\{.*}");

    /** Shannon entropy in bits per character. */
    public static double entropy(String s) {
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : s.toCharArray()) {
            counts.merge(c, 1, Integer::sum);
        }
        double h = 0;
        for (int n : counts.values()) {
            double p = (double) n / s.length();
            h -= p * (Math.log(p) / Math.log(2));
        }
        return h;
    }
}
