package dev.stratum.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable finding identities for baselines and SARIF {@code partialFingerprints}: rule id + file + a normalised
 * description of the offending code or target. Line numbers never take part, so moving code does not make a
 * known finding "new"; editing the offending code does.
 */
public final class Fingerprints {
    /** ArchUnit and javac style locations such as {@code (Foo.java:42)} or {@code Foo.java:42}. */
    private static final Pattern LOCATION = Pattern.compile("(\\.(?:java|kt|class)):\\d+");
    /** Synthetic numbering ({@code Foo$1}, {@code lambda$run$0}) shifts when unrelated code changes. */
    private static final Pattern SYNTHETIC = Pattern.compile("\\$\\d+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Fingerprints() {
    }

    /** The fingerprint of a finding of {@code ruleId} in {@code file} (may be null) about {@code target}. */
    public static String of(String ruleId, String file, String target) {
        String text = ruleId + "\n" + (file == null ? "" : file) + "\n" + normalise(target);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** Drops line numbers, synthetic numbering and whitespace differences. */
    public static String normalise(String target) {
        if (target == null) {
            return "";
        }
        String s = LOCATION.matcher(target).replaceAll("$1");
        s = SYNTHETIC.matcher(s).replaceAll("\\$");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }
}
