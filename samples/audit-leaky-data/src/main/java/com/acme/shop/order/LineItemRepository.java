package com.acme.shop.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LineItemRepository extends JpaRepository<LineItem, Long> {
    List<LineItem> findAllByOrderId(Long orderId);
}
