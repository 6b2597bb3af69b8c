package com.acme.shop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A lookup table: orders point at it, it points at nothing, a code and a name. */
@Entity
public class Currency {
    @Id
    private Long id;
    private String code;
    private String name;
}
