package com.acme.shop.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    public AccountService(AccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** The password goes into the database as typed. */
    @Transactional
    public Account register(SignUp request) {
        Account account = new Account();
        account.setEmail(request.email());
        account.setPassword(request.password());
        return accounts.save(account);
    }

    /** Trap: hashed first, then set. */
    @Transactional
    public void changePassword(long id, String raw) {
        Account account = accounts.findById(id).orElseThrow();
        String hash = encoder.encode(raw);
        account.setPassword(hash);
    }

    public record SignUp(String email, String password) {
    }
}
