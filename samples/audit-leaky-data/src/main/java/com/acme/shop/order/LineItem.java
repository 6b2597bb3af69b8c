package com.acme.shop.order;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class LineItem {
    @Id
    private Long id;
    private Long orderId;
    private String sku;
}
