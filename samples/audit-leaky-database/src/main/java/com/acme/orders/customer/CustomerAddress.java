package com.acme.orders.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class CustomerAddress {
    @Id
    private Long id;
    @ManyToOne
    private Customer customer;
    private String city;
}
