package com.acme.shop.domain.customer;

import com.acme.shop.domain.order.OrderLine;
import java.util.List;

public record Customer(String name, List<OrderLine> lastOrder) {
}
