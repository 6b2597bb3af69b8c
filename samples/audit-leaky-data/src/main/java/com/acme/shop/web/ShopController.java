package com.acme.shop.web;

import com.acme.shop.catalog.Currency;
import com.acme.shop.catalog.CurrencyRepository;
import com.acme.shop.catalog.OrderStatus;
import com.acme.shop.catalog.OrderStatusRepository;
import com.acme.shop.order.Order;
import com.acme.shop.order.OrderRepositories;
import com.acme.shop.order.OrderService;
import com.acme.shop.settings.SettingsService;
import com.acme.shop.settings.ShopSettings;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShopController {
    private final OrderRepositories repositories;
    private final OrderStatusRepository statuses;
    private final CurrencyRepository currencies;
    private final SettingsService settings;
    private final OrderService service;

    public ShopController(OrderRepositories repositories, OrderStatusRepository statuses, CurrencyRepository currencies,
                          SettingsService settings, OrderService service) {
        this.repositories = repositories;
        this.statuses = statuses;
        this.currencies = currencies;
        this.settings = settings;
        this.service = service;
    }

    /** Every order ever placed, through a holder's field: unbounded. */
    @GetMapping("/orders/all")
    public List<Order> all() {
        return repositories.orders.findAll();
    }

    @GetMapping("/statuses")
    public List<OrderStatus> statuses() {
        return statuses.findAll();
    }

    @GetMapping("/currencies")
    public List<Currency> currencies() {
        return currencies.findAll();
    }

    @GetMapping("/settings")
    public ShopSettings settings() {
        return settings.current();
    }

    @GetMapping("/orders/lines")
    public int lines(@RequestParam List<Long> ids) {
        return service.countLines(ids);
    }
}
