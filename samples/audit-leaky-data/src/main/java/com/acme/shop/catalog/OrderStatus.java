package com.acme.shop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Reference data: the migration inserts every row. */
@Entity
@Table(name = "order_status")
public class OrderStatus {
    @Id
    private Long id;
    private String code;
    private String label;
    private int sortOrder;
    private String colour;
}
