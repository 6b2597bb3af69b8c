package com.acme.orders.pricing;

import java.math.BigDecimal;

public interface PriceTable {
    BigDecimal listPrice(String sku);

    BigDecimal discount(String sku);
}
