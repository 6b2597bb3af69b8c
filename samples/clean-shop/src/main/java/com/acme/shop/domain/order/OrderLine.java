package com.acme.shop.domain.order;

import com.acme.shop.domain.customer.Customer;

public record OrderLine(String sku, int quantity, Customer buyer) {
}
