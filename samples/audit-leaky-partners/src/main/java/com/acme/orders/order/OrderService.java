package com.acme.orders.order;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {
    private static final Logger log = LoggerFactory.getLogger(OrderService.class);
    private final OrderRepository orders;

    public OrderService(OrderRepository orders) {
        this.orders = orders;
    }

    @Cacheable("orders")
    public Order find(long id) {
        return orders.findById(id).orElseThrow();
    }

    public Page<Order> forCustomer(String email, Pageable page) {
        return orders.findByCustomerEmail(email, page);
    }

    @Transactional
    @CacheEvict(value = "orders", key = "#id")
    public void updateStatus(long id, String status) {
        Order order = orders.findById(id).orElseThrow();
        order.setStatus(status);
        log.info("order {} is now {}", id, status);
    }

    @Transactional
    @CacheEvict(value = "orders", allEntries = true)
    public void cancelAll(List<Long> ids) {
        for (Order order : orders.findByIdIn(ids)) {
            order.setStatus("CANCELLED");
        }
    }
}
