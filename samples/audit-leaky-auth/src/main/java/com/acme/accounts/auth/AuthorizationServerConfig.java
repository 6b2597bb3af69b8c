package com.acme.accounts.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;

/** Issued tokens live in this JVM only: a restart logs everyone out, a second instance rejects them. */
@Configuration
public class AuthorizationServerConfig {
    @Bean
    OAuth2AuthorizationService authorizations() {
        return new InMemoryOAuth2AuthorizationService();
    }

    /** Look-alike for SE021: in memory only for local runs. */
    @Bean
    @Profile("local")
    OAuth2AuthorizationConsentService localConsents() {
        return new InMemoryOAuth2AuthorizationConsentService();
    }
}
