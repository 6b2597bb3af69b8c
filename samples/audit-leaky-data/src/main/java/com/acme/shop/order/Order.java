package com.acme.shop.order;

import com.acme.shop.catalog.Currency;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;

/** JPA's @Cacheable: a second-level cache marker for Hibernate, not Spring's cache annotation. */
@Entity
@Table(name = "orders")
@Cacheable
public class Order {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private String customerEmail;
    private String reference;
    private OrderState state;
    private boolean archived;
    private long totalCents;
    @ManyToOne
    private Currency currency;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_tags")
    private Set<String> tags;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_flags")
    private Set<OrderFlag> flags;

    protected Order() {
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public void archive() {
        this.archived = true;
    }
}
