package com.acme.orders.account;

import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;

/** One-time sign-in codes sent by SMS, and the look-alikes that may use a plain Random. */
@Service
public class SignInCodes {
    private static final SecureRandom SECURE = new SecureRandom();

    // planted: a verification code from java.util.Random
    public String generateVerificationCode() {
        Random random = new Random();
        return String.format("%06d", random.nextInt(1_000_000));
    }

    // planted: a temporary password from Math.random()
    public String temporaryPassword() {
        String resetToken = Long.toHexString((long) (Math.random() * Long.MAX_VALUE));
        return resetToken;
    }

    // not a gap: the secure generator
    public String generateLoginCode() {
        return String.format("%06d", SECURE.nextInt(1_000_000));
    }

    // not a gap: jitter for a retry delay
    public long retryDelayMillis(int attempt) {
        return (1L << attempt) * 100 + ThreadLocalRandom.current().nextLong(100);
    }

    // not a gap: a display code that grants nothing
    public String orderReference() {
        return "ORD-" + new Random().nextInt(10_000);
    }
}
