package com.acme.shop.domain.customer;

public record Customer(String name) {
}
