package com.acme.billing;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Trap: an external URL on Feign's defaults, but this module turns feign.hystrix on: 1 s limit, fallback runs. */
@FeignClient(name = "ledger", url = "${ledger.url}", fallback = LedgerFallback.class)
public interface LedgerClient {
    @GetMapping("/balances/{account}")
    long balance(@PathVariable("account") String account);
}
