package com.acme.shop.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("daily_totals")
public class DailyTotal {
    @Id
    private DailyTotalId id;
    private long totalCents;
}
