package dev.stratum.audit.security;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.Evidence;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SE012: a JWT resource server that accepts tokens without checking who issued them or for whom. */
public final class JwtValidationCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE012", AuditArea.SECURITY, Severity.HIGH,
            "JWT resource server without issuer or audience validation",
            "With only a JWK set URI the resource server checks the signature and expiry, nothing else: any token "
                    + "the identity provider ever signed is accepted, including tokens issued to other "
                    + "applications, other tenants or realms sharing the keys. One leaked token of an unrelated "
                    + "app becomes a key to this API.",
            "Set spring.security.oauth2.resourceserver.jwt.issuer-uri and ...jwt.audiences (from required "
                    + "environment variables), or give your own JwtDecoder a validator built with "
                    + "JwtValidators.createDefaultWithIssuer(..) and an audience validator.",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri: ${JWT_JWK_SET_URI}",
            "spring.security.oauth2.resourceserver.jwt.issuer-uri: ${JWT_ISSUER_URI}\n"
                    + "spring.security.oauth2.resourceserver.jwt.audiences: ${JWT_AUDIENCE}")
            .scope("spring.security.oauth2.resourceserver.jwt.* in the default and production profiles; in code: "
                            + "oauth2ResourceServer(..).jwt(..), JwtDecoder beans (NimbusJwtDecoder, JwtDecoders), "
                            + "setJwtValidator, createDefaultWithIssuer, JwtIssuerValidator, JwtAudienceValidator, "
                            + "JwtClaimValidator on \"aud\"; a decoder built only withSecretKey (tokens the application "
                            + "signs itself with its own secret) is not reported.",
                    "Validators written as custom OAuth2TokenValidator classes that check iss/aud by hand (counted "
                            + "as missing), an API gateway that validates tokens before they arrive.");

    private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";
    /** The settings that make Boot verify tokens with someone else's keys. */
    private static final List<String> KEY_SOURCES = List.of("jwk-set-uri", "issuer-uri", "public-key-location");
    private static final List<String> ISSUER_CALLS = List.of("createDefaultWithIssuer", "fromIssuerLocation",
            "fromOidcIssuerLocation", "withIssuerLocation");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var index = project.types();
        boolean jwtInCode = index.hasCall("oauth2ResourceServer") && (index.hasCall("jwt") || index.hasType("JwtDecoder"));
        // the resource server in code is the project's; a module that configures none of it (a config server beside
        // the service) is judged only when no module does
        boolean someModuleConfigures = project.configs().stream().anyMatch(s -> !s.withPrefix(PREFIX).isEmpty());
        // a decoder that verifies with the application's own shared secret accepts only tokens signed with that
        // secret (the application issues them itself): issuer and audience guard against other clients of an IdP
        if (index.hasCall("withSecretKey") && !index.hasCall("withJwkSetUri") && !index.hasCall("withPublicKey")
                && ISSUER_CALLS.stream().noneMatch(index::hasCall) && project.configs().stream().noneMatch(s ->
                        KEY_SOURCES.stream().anyMatch(k -> set(s, k)))) {
            return;
        }
        for (ConfigSet set : project.configs()) {
            List<ConfigProperty> jwt = set.withPrefix(PREFIX);
            if (jwt.isEmpty() && (!jwtInCode || someModuleConfigures) || index.hasCall("opaqueToken") && jwt.isEmpty()) {
                continue;
            }
            // Boot applies issuer-uri and audiences to the decoder it builds; a decoder of the project's own ignores them
            boolean ownDecoder = index.hasType("NimbusJwtDecoder") || index.hasType("NimbusReactiveJwtDecoder");
            boolean propertiesApply = !ownDecoder || index.hasCall("setJwtValidator");
            boolean issuer = propertiesApply && set(set, "issuer-uri")
                    || ISSUER_CALLS.stream().anyMatch(index::hasCall) || index.hasType("JwtIssuerValidator")
                    || index.hasType("JwtIssuerAuthenticationManagerResolver");
            boolean audience = propertiesApply && set(set, "audiences") || index.hasType("JwtAudienceValidator")
                    || index.hasEvidence(Evidence.JWT_AUDIENCE_CLAIM);
            if (issuer && audience) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (!issuer) {
                missing.add("issuer");
            }
            if (!audience) {
                missing.add("audience");
            }
            String message = "JWTs are accepted without checking their " + String.join(" or ", missing)
                    + (ownDecoder && !index.hasCall("setJwtValidator")
                    ? ": the project's own JwtDecoder has no validator (Boot's issuer-uri and audiences do not apply to it)"
                    : ": " + (missing.size() == 2 ? "neither " + PREFIX + "issuer-uri nor " + PREFIX + "audiences is set"
                    : PREFIX + (issuer ? "audiences" : "issuer-uri") + " is not set") + " and no validator in code checks it");
            Optional<ConfigProperty> at = set.get(PREFIX + "jwk-set-uri").or(() -> set.get(PREFIX + "issuer-uri"))
                    .or(() -> jwt.stream().findFirst());
            if (at.isPresent()) {
                Locations.at(at.get(), sink, this, message);
            } else {
                Locations.atDependency(project, sink, this, message, "spring-boot-starter-oauth2-resource-server",
                        "spring-boot-starter-security-oauth2-resource-server", "spring-security-oauth2-resource-server");
            }
            return;
        }
    }

    private static boolean set(ConfigSet config, String key) {
        return config.get(PREFIX + key).map(p -> !p.value().isBlank()).orElse(false);
    }
}
