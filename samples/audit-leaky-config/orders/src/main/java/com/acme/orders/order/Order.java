package com.acme.orders.order;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "orders")
public class Order {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String customerEmail;
    private String status;
    private long totalCents;

    protected Order() {
    }

    public Order(String customerEmail, long totalCents) {
        this.customerEmail = customerEmail;
        this.totalCents = totalCents;
        this.status = "NEW";
    }

    public Long getId() {
        return id;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
