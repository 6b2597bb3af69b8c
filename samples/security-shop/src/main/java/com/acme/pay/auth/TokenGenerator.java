package com.acme.pay.auth;

import java.util.Random;

/** VIOLATION security-insecure-random: a guessable token. */
public class TokenGenerator {
    public long next() {
        return new Random().nextLong();
    }
}
