package com.acme.orders.order;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<Order, Long> {
    Page<Order> findByCustomerEmail(String customerEmail, Pageable page);

    List<Order> findByIdIn(List<Long> ids);
}
