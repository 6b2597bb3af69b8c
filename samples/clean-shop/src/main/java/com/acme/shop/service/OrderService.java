package com.acme.shop.service;

import com.acme.shop.persistence.OrderEntity;
import com.acme.shop.persistence.OrderRepository;
import com.acme.shop.service.model.OrderSummary;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {
    private final OrderRepository orders;

    public OrderService(OrderRepository orders) {
        this.orders = orders;
    }

    @Transactional
    public List<OrderSummary> all() {
        return orders.findAll().stream().map(OrderService::summary).toList();
    }

    private static OrderSummary summary(OrderEntity e) {
        return new OrderSummary(e.getId(), e.getCustomer());
    }
}
