package com.acme.orders.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

// Both finders filter on unique columns (V2__accounts.sql): indexed, no DB006.
public interface AccountRepository extends JpaRepository<Account, Long> {
    Optional<Account> findByEmail(String email);

    Optional<Account> findByApiKeyHash(String apiKeyHash);
}
