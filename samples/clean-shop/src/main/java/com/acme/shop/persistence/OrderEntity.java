package com.acme.shop.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class OrderEntity {
    @Id
    private Long id;
    private String customer;

    public Long getId() {
        return id;
    }

    public String getCustomer() {
        return customer;
    }
}
