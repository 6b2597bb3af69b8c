package com.acme.orders.web;

import com.acme.orders.account.LoginAttempts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A login that counts failed attempts per account (LoginAttempts): not reported by SE020. */
@RestController
public class SessionController {
    private final LoginAttempts attempts;

    public SessionController(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @PostMapping("/sign-in")
    public ResponseEntity<Void> signIn(@RequestParam String username, @RequestParam String password) {
        if (attempts.blocked(username)) {
            return ResponseEntity.status(429).build();
        }
        return ResponseEntity.noContent().build();
    }
}
