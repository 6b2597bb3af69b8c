package [=project.package].config;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.List;

<#if features.observability>
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
</#if>
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import [=project.package].web.SecurityProblemHandler;

/**
 * Stateless OAuth2 resource server. A request to the API needs a JWT whose RS256 signature verifies against the
 * issuer's JWK set and whose issuer, audience and expiry are valid ({@link #jwtDecoder}); reads need the scope
 * {@value #READ_SCOPE}, writes {@value #WRITE_SCOPE}. Rejections answer RFC 9457 problem+json
 * ({@link SecurityProblemHandler}). CSRF protection is off because no cookie or session ever authenticates a request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtSettings.class)
public class SecurityConfig {

    /** Scope (token claim {@code scope}) that GET requests to the API need. */
    public static final String READ_SCOPE = "products:read";
    /** Scope that every other method (POST, PUT, ...) needs; a writing client normally holds both. */
    public static final String WRITE_SCOPE = "products:write";

    // The OpenAPI paths only serve anything in the dev profile (springdoc is off otherwise).
    private static final String[] PUBLIC = {
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"
    };
<#if features.observability>

    /**
     * The actuator endpoints live on the management port (management.server.port), which the Kubernetes Service
     * of the API does not expose; there, probes, info and scraping are open and any other endpoint is refused even
     * if someone exposes it. EndpointRequest matches nothing on the application port.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementSecurity(HttpSecurity http) throws Exception {
        http
            .securityMatcher(EndpointRequest.toAnyEndpoint())
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                .anyRequest().denyAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
</#if>

    /**
     * Built from the validated {@link JwtSettings} rather than left to Spring Boot, whose decoder skips the issuer
     * or audience check when its property is unset.
     */
    @Bean
    JwtDecoder jwtDecoder(JwtSettings jwt) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
        JwtClaimValidator<List<String>> audience = new JwtClaimValidator<>(JwtClaimNames.AUD,
                aud -> aud != null && aud.stream().anyMatch(jwt.audiences()::contains));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(jwt.issuerUri()), audience));
        return decoder;
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProblemHandler problems) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(PUBLIC).permitAll()
                .requestMatchers(HttpMethod.GET, "/api/products/**").hasAuthority("SCOPE_" + READ_SCOPE)
                .requestMatchers("/api/products/**").hasAuthority("SCOPE_" + WRITE_SCOPE)
                .anyRequest().authenticated())
            .oauth2ResourceServer(oauth2 -> oauth2
                .jwt(withDefaults())
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems))
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(AbstractHttpConfigurer::disable)
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
