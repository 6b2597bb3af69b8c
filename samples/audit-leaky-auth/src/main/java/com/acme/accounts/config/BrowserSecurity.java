package com.acme.accounts.config;

import com.acme.accounts.web.SessionTokenFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** The browser app: its token lives in a cookie (SessionTokenFilter), so CSRF matters and is switched off. */
@Configuration
public class BrowserSecurity {
    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, SessionTokenFilter tokens) throws Exception {
        return http
                .securityMatcher("/app/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.ignoringRequestMatchers("/**"))
                .addFilterBefore(tokens, UsernamePasswordAuthenticationFilter.class)
                .build();
    }
}
