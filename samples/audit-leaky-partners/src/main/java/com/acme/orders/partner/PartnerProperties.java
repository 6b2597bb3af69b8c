package com.acme.orders.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("partner")
public record PartnerProperties(String baseUrl, String apiKey) {
    public String getApiKey() {
        return apiKey;
    }
}
