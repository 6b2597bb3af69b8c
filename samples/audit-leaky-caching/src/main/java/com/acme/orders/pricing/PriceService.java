package com.acme.orders.pricing;

import java.math.BigDecimal;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

@Service
public class PriceService {
    private final PriceTable table;

    public PriceService(PriceTable table) {
        this.table = table;
    }

    public BigDecimal quote(String sku, int quantity) {
        return discounted(sku).multiply(BigDecimal.valueOf(quantity));
    }

    @Cacheable("discounts")
    public BigDecimal discounted(String sku) {
        return listPrice(sku).multiply(table.discount(sku));
    }

    @Cacheable("prices")
    private BigDecimal listPrice(String sku) {
        return table.listPrice(sku);
    }
}
