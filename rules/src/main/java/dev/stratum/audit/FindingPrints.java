package dev.stratum.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable fingerprint of an audit finding: check id + file + normalised snippet, never the line number. */
final class FindingPrints {
    private FindingPrints() {
    }

    static String of(String id, String file, String snippet) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = id + "\n" + (file == null ? "" : file) + "\n" + (snippet == null ? "" : snippet);
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
