package [=project.package];

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

import [=project.package].config.SecurityConfig;

/**
 * The tests' token issuer: its JWK set is served over real HTTP on 127.0.0.1 (the JDK's HttpServer, started once
 * per test JVM) and {@link #register} points JWT_JWK_SET_URI, JWT_ISSUER_URI and JWT_AUDIENCE at it, so the
 * application's own decoder fetches the key and checks signature, issuer, audience and expiry as in production.
 * {@link #token} mints tokens it accepts; each other factory breaks exactly one rule.
 */
public final class TestJwt {

    public static final String AUDIENCE = "[=project.name]";
    private static final String KEY_ID = "test-key";
    private static final RSAKey TRUSTED = newKey();
    private static final HttpServer JWK_SERVER = serveJwkSet(TRUSTED);

    private TestJwt() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("JWT_ISSUER_URI", TestJwt::issuer);
        registry.add("JWT_JWK_SET_URI", () -> issuer() + "/jwks");
        registry.add("JWT_AUDIENCE", () -> AUDIENCE);
    }

    public static String issuer() {
        return "http://127.0.0.1:" + JWK_SERVER.getAddress().getPort();
    }

    /** A valid token granting read and write. */
    public static String token(String subject) {
        return token(subject, SecurityConfig.READ_SCOPE, SecurityConfig.WRITE_SCOPE);
    }

    /** A valid token granting only the given scopes. */
    public static String token(String subject, String... scopes) {
        return valid(subject).scopes(scopes).sign();
    }

    public static String tokenFromIssuer(String issuer) {
        return valid("mallory").issuer(issuer).sign();
    }

    public static String tokenForAudience(String audience) {
        return valid("mallory").audience(audience).sign();
    }

    /** Signed by another key that claims the trusted key's id. */
    public static String tokenSignedByUnknownKey() {
        return valid("mallory").key(newKey()).sign();
    }

    /** Expired an hour ago (well beyond the decoder's one-minute clock skew). */
    public static String expiredToken() {
        return valid("alice").issuedAt(Instant.now().minus(Duration.ofHours(2))).sign();
    }

    private static Claims valid(String subject) {
        return new Claims(TRUSTED, issuer(), AUDIENCE, subject,
                List.of(SecurityConfig.READ_SCOPE, SecurityConfig.WRITE_SCOPE), Instant.now(), Duration.ofHours(1));
    }

    /** What a token says and which key signs it. */
    private record Claims(RSAKey key, String issuer, String audience, String subject, List<String> scopes,
                          Instant issuedAt, Duration validity) {

        Claims key(RSAKey other) {
            return new Claims(other, issuer, audience, subject, scopes, issuedAt, validity);
        }

        Claims issuer(String other) {
            return new Claims(key, other, audience, subject, scopes, issuedAt, validity);
        }

        Claims audience(String other) {
            return new Claims(key, issuer, other, subject, scopes, issuedAt, validity);
        }

        Claims scopes(String... other) {
            return new Claims(key, issuer, audience, subject, List.of(other), issuedAt, validity);
        }

        Claims issuedAt(Instant other) {
            return new Claims(key, issuer, audience, subject, scopes, other, validity);
        }

        String sign() {
            JwtClaimsSet claims = JwtClaimsSet.builder()
                    .issuer(issuer)
                    .audience(List.of(audience))
                    .subject(subject)
                    .claim("scope", String.join(" ", scopes))
                    .id(UUID.randomUUID().toString())
                    .issuedAt(issuedAt)
                    .expiresAt(issuedAt.plus(validity))
                    .build();
            JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY_ID).build();
            return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                    .encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** Serves the public half of the key at /jwks until the test JVM exits. */
    private static HttpServer serveJwkSet(RSAKey key) {
        byte[] body = new JWKSet(key).toString(true).getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test JWK server", e);
        }
    }
}
