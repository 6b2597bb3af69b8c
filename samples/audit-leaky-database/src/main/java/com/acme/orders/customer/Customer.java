package com.acme.orders.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Customer {
    @Id
    private Long id;
    private String email;
    private String name;

    @OneToMany(mappedBy = "customer", fetch = FetchType.EAGER)
    private List<CustomerAddress> addresses;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
