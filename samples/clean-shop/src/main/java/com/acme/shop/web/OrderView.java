package com.acme.shop.web;

public record OrderView(long id) {
}
