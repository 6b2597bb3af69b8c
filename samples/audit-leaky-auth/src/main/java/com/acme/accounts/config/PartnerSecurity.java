package com.acme.accounts.config;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Look-alike for SE004: partners' machines send HTTP Basic credentials themselves; no browser, no cookie. */
@Configuration
public class PartnerSecurity {
    @Bean
    @Order(1)
    SecurityFilterChain partners(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/partner/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("PARTNER"))
                .httpBasic(withDefaults())
                .csrf(c -> c.disable())
                .build();
    }
}
