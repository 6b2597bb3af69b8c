package com.acme.orders.inventory;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class InventoryClient {
    private final RestClient client;

    public InventoryClient(RestClient.Builder builder, @Value("${inventory.base-url}") String baseUrl) {
        this.client = builder.baseUrl(baseUrl).build();
    }

    @Retry(name = "inventory")
    @CircuitBreaker(name = "inventory", fallbackMethod = "unknown")
    public int stock(String sku) {
        Integer n = client.get().uri("/stock/{sku}", sku).retrieve().body(Integer.class);
        return n == null ? 0 : n;
    }

    int unknown(String sku, Throwable cause) {
        return -1;
    }
}
