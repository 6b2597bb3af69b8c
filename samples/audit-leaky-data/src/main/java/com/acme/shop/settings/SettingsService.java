package com.acme.shop.settings;

import org.springframework.stereotype.Service;

@Service
public class SettingsService {
    private final ShopSettingsRepository settings;

    public SettingsService(ShopSettingsRepository settings) {
        this.settings = settings;
    }

    /** The settings table has one row: findAll() reads it, and only its first row is used. */
    public ShopSettings current() {
        return settings.findAll().stream().findFirst().orElseThrow();
    }
}
