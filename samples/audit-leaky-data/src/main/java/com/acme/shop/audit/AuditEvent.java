package com.acme.shop.audit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("audit_events")
public class AuditEvent {
    @Id
    private String id;
    @Indexed
    private String actor;
    private Instant at;
    private long retentionDays;
}
