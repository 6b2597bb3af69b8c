package com.acme.shop.order;

public enum OrderFlag {
    GIFT, EXPRESS
}
