package com.acme.shop.order;

public enum OrderState {
    OPEN, PAID, SHIPPED
}
