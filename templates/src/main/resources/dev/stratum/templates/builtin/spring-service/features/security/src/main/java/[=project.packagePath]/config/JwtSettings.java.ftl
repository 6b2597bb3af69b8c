package [=project.package].config;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The token settings, all required: without an issuer or audience check any token the key signed would pass (for a
 * shared identity provider: tokens meant for other services), so a missing one stops the start-up with a message
 * naming its environment variable. Spring Boot's standard property names; {@link SecurityConfig#jwtDecoder} uses
 * these three, the other {@code spring.security.oauth2.resourceserver.jwt.*} settings do not apply.
 */
@Validated
@ConfigurationProperties("spring.security.oauth2.resourceserver.jwt")
public record JwtSettings(
        @NotBlank(message = "is not set: set JWT_ISSUER_URI to the token issuer (the iss claim the tokens carry)")
        String issuerUri,
        @NotBlank(message = "is not set: set JWT_JWK_SET_URI to the issuer's JWK set URL (its signing keys)")
        String jwkSetUri,
        @NotEmpty(message = "is not set: set JWT_AUDIENCE to this API's audience (the aud claim its tokens carry)")
        List<String> audiences) {
}
