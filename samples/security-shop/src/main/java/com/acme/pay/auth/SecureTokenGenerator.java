package com.acme.pay.auth;

import java.security.SecureRandom;

/** Clean counterpart: SecureRandom. */
public class SecureTokenGenerator {
    private final SecureRandom random = new SecureRandom();

    public byte[] next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }
}
