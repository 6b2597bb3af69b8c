package dev.stratum.audit.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SE012 judges decoders that trust someone else's keys; a decoder of the application's own secret is not one. */
class JwtValidationCheckTest {
    @TempDir
    Path root;

    private AuditedTree resourceServer(String decoder) {
        return new AuditedTree(root).pom("3.5.0", "spring-boot-starter-web", "spring-boot-starter-oauth2-resource-server")
                .write("src/main/resources/application.yml",
                        "spring.security.oauth2.resourceserver.jwt.authorities-claim-name: auth\n")
                .write("src/main/java/app/Security.java", """
                        package app;
                        class Security {
                            Object chain(org.springframework.security.config.annotation.web.builders.HttpSecurity http) throws Exception {
                                return http.oauth2ResourceServer(o -> o.jwt(j -> {})).build();
                            }
                            org.springframework.security.oauth2.jwt.JwtDecoder decoder() {
                                return org.springframework.security.oauth2.jwt.NimbusJwtDecoder.%s.build();
                            }
                        }
                        """.formatted(decoder));
    }

    @Test
    void aDecoderOfTheApplicationsOwnSecretIsNotReported() {
        assertThat(resourceServer("withSecretKey(key)").findings("SE012")).isEmpty();
    }

    @Test
    void aDecoderOfAnIdentityProvidersKeysWithoutValidatorIsReported() {
        assertThat(resourceServer("withJwkSetUri(uri)").findings("SE012")).hasSize(1);
    }
}
