package com.acme.shop.common;

/** A product as both applications show it. */
public record Product(long id, String name, long priceCents) {
}
