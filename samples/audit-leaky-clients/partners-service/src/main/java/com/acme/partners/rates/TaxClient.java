package com.acme.partners.rates;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** External too, but feign.client.config.tax sets its connect and read timeouts (no RE011). */
@FeignClient(name = "tax", url = "${tax.url}")
public interface TaxClient {
    @GetMapping("/rates/{country}")
    String rate(@PathVariable("country") String country);
}
