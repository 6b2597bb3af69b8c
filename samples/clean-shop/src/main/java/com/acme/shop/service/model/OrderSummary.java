package com.acme.shop.service.model;

/** What the service hands out: never the entity. */
public record OrderSummary(Long id, String customer) {
}
