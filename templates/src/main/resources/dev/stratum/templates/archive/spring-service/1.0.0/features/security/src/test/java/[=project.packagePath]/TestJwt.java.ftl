package [=project.package];

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Test stand-in for the token issuer: the application's real JWT verification runs, but against a key pair made
 * for this test run instead of the JWK set at JWT_JWK_SET_URI. {@link #token} mints tokens the service accepts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJwt {

    private static final KeyPair TRUSTED = newKeyPair();

    @Bean
    JwtDecoder jwtDecoder() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) TRUSTED.getPublic()).build();
    }

    /** A bearer token signed by the trusted key, valid for five minutes. */
    public static String token(String subject) {
        return sign(TRUSTED, subject, Instant.now(), Duration.ofMinutes(5));
    }

    /** A well-formed token signed by a key the service does not trust. */
    public static String tokenFromUnknownIssuer(String subject) {
        return sign(newKeyPair(), subject, Instant.now(), Duration.ofMinutes(5));
    }

    /** A token signed by the trusted key that expired an hour ago. */
    public static String expiredToken(String subject) {
        return sign(TRUSTED, subject, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
    }

    private static String sign(KeyPair keys, String subject, Instant issuedAt, Duration validity) {
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate()).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(subject)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(validity))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
