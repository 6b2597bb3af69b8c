package com.acme.shop.web;

import com.acme.shop.service.OrderService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {
    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping
    public List<OrderView> list() {
        return orders.all().stream().map(s -> new OrderView(s.id())).toList();
    }
}
