package com.acme.shop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Review {
    @Id
    @GeneratedValue
    private Long id;
    private Long productId;
    private String text;

    public void edit(String text) {
        this.text = text;
    }
}
