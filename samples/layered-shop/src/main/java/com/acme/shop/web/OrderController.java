package com.acme.shop.web;

import com.acme.shop.persistence.OrderEntity;
import com.acme.shop.persistence.OrderRepository;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {
    private final OrderRepository orders;

    public OrderController(OrderRepository orders) {
        this.orders = orders;
    }

    // VIOLATIONS layers, spring-controller-repository, spring-entity-in-controller,
    // spring-transactional-in-web: the controller reads entities straight from the repository in a transaction.
    @GetMapping
    @Transactional
    public List<OrderEntity> list() {
        return orders.findAll();
    }

    // VIOLATION no-sql-in-web: a JDBC type in the web layer.
    public Timestamp now() {
        return new Timestamp(System.currentTimeMillis());
    }
}
