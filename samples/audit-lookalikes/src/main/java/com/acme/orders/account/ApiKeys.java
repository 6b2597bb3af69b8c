package com.acme.orders.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** API keys are 32 random bytes; only their SHA-256 is stored. Not password storage: no SE007. */
@Component
public class ApiKeys {
    private final SecureRandom random = new SecureRandom();

    public String newKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hash(String key) {
        return HexFormat.of().formatHex(digest("SHA-256", key));
    }

    /** Gravatar addresses are the MD5 of the trimmed, lower-cased e-mail: a URL scheme, not a credential. */
    public String gravatarUrl(String email) {
        String md5 = HexFormat.of().formatHex(digest("MD5", email.trim().toLowerCase(Locale.ROOT)));
        return "https://www.gravatar.com/avatar/" + md5;
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from the JDK", e);
        }
    }
}
