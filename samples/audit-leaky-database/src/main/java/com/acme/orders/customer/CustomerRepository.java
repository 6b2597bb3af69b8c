package com.acme.orders.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {
    Optional<Customer> findByEmail(String email);

    List<Customer> findByNameContaining(String part);

    @Query("select c from Customer c where c.name = ?1")
    List<Customer> byName(String name);
}
