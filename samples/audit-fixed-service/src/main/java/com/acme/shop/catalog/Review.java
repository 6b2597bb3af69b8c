package com.acme.shop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Review {
    @Id
    @GeneratedValue
    private Long id;
    private Long productId;
    private String text;
    @Version
    private long version;

    public void edit(String text) {
        this.text = text;
    }
}
