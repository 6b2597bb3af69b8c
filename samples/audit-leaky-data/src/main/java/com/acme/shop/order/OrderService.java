package com.acme.shop.order;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {
    private final OrderRepository orders;
    private final LineItemRepository lines;

    public OrderService(OrderRepository orders, LineItemRepository lines) {
        this.orders = orders;
        this.lines = lines;
    }

    /** Two queries per order: one finding for the loop, the second call as a further location. */
    @Transactional(readOnly = true)
    public int countLines(List<Long> orderIds) {
        int count = 0;
        for (Long id : orderIds) {
            Order order = orders.findById(id).orElseThrow();
            count += lines.findAllByOrderId(order.getId()).size();
        }
        return count;
    }

    /** One page of orders, saved one by one: bounded by the page size. */
    @Transactional
    public Page<Order> archivePage(int page) {
        Page<Order> batch = orders.findAll(PageRequest.of(page, 50));
        for (Order order : batch) {
            order.archive();
            orders.save(order);
        }
        return batch;
    }
}
