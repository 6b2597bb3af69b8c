package com.acme.orders.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private final AccountRepository accounts;
    private final ApiKeys keys;

    public AccountService(AccountRepository accounts, ApiKeys keys) {
        this.accounts = accounts;
        this.keys = keys;
    }

    /** Returns the new key once; the message names the account, never the key (no SE011). */
    @Transactional
    public String rotateKey(String email) {
        Account account = accounts.findByEmail(email).orElseThrow();
        String key = keys.newKey();
        account.setApiKeyHash(keys.hash(key));
        log.info("api key rotated for {}", account.getEmail());
        return key;
    }

    /** A malformed page hint falls back to the first page: deliberate, named and explained (no MO007). */
    public int pageHint(String header) {
        try {
            return Math.max(0, Integer.parseInt(header));
        } catch (NumberFormatException ignored) {
            // clients send garbage here; the first page is the right answer
        }
        return 0;
    }
}
