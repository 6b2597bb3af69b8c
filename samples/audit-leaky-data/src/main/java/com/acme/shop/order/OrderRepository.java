package com.acme.shop.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<Order, Long> {
    Page<Order> findByCustomerEmail(String customerEmail, Pageable page);

    Optional<Order> findByReference(String reference);

    long countByReference(String reference);

    Optional<Order> findByCustomerEmailAndReference(String customerEmail, String reference);

    List<Order> findByArchived(boolean archived);

    List<Order> findByState(OrderState state);

    List<Order> findByTags(String tag);
}
