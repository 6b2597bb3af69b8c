package com.acme.shop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Trap for DB013: updated, and versioned. */
@Entity
public class Product {
    @Id
    @GeneratedValue
    private Long id;
    private String name;
    private long priceCents;
    @Version
    private long version;

    public long getPriceCents() {
        return priceCents;
    }

    public void reprice(long cents) {
        this.priceCents = cents;
    }
}
