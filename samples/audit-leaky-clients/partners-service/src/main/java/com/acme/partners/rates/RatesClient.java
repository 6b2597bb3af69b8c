package com.acme.partners.rates;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An external API with Feign's defaults; the fallback is declared, but feign.hystrix is only on in dev. */
@FeignClient(name = "rates", url = "${rates.url}", fallback = RatesFallback.class)
public interface RatesClient {
    @GetMapping("/latest")
    String latest(@RequestParam("base") String base);
}
