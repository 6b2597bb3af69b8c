package com.acme.billing;

import org.springframework.stereotype.Component;

@Component
public class LedgerFallback implements LedgerClient {
    @Override
    public long balance(String account) {
        return -1;
    }
}
