package com.acme.shop.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of settings. */
@Entity
@Table(name = "shop_settings")
public class ShopSettings {
    @Id
    private Long id;
    private String supportEmail;
    private boolean maintenance;
    private String banner;
    private int maxCartItems;
    private long freeShippingMin;
}
