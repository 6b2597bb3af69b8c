package com.acme.shop.audit;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface AuditEventRepository extends MongoRepository<AuditEvent, String> {
    @Query("{ $where: 'this.at < new Date(Date.now() - this.retentionDays * 86400000)' }")
    List<AuditEvent> findExpired();

    /** A field named like the operator, queried with ordinary operators: not JavaScript. */
    @Query("{ 'actor': ?0, 'note': 'no $where here' }")
    List<AuditEvent> findByActorNote(String actor);

    /** actor is @Indexed. */
    List<AuditEvent> findByActor(String actor);
}
