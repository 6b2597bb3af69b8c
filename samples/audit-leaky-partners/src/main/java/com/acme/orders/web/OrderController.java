package com.acme.orders.web;

import com.acme.orders.order.Order;
import com.acme.orders.order.OrderService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
public class OrderController {
    private final OrderService service;

    public OrderController(OrderService service) {
        this.service = service;
    }

    @GetMapping("/{id}")
    public Order one(@PathVariable long id) {
        return service.find(id);
    }

    @GetMapping
    public Page<Order> forCustomer(@RequestParam String email, Pageable page) {
        return service.forCustomer(email, page);
    }
}
