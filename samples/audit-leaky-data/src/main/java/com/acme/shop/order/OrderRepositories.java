package com.acme.shop.order;

import com.acme.shop.catalog.CurrencyRepository;
import org.springframework.stereotype.Component;

/** The repositories a controller needs, held as public fields. */
@Component
public class OrderRepositories {
    public final OrderRepository orders;
    public final CurrencyRepository currencies;

    public OrderRepositories(OrderRepository orders, CurrencyRepository currencies) {
        this.orders = orders;
        this.currencies = currencies;
    }
}
