package com.acme.partners.rates;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A load-balanced service by name (Ribbon's timeouts), not an external URL (no RE011). */
@FeignClient(name = "directory")
public interface DirectoryClient {
    @GetMapping("/partners/{id}")
    String partner(@PathVariable("id") String id);
}
