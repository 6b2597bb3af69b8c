package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.security.Secrets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The secret heuristics, tuned on Spring, Hibernate and Keycloak sources (bench/audit.sh) for precision. */
class SecretsTest {
    @ParameterizedTest
    @ValueSource(strings = {"root", "123456", "minioadmin", "guest", "druid", "mall", "\"sa\"", "password", "secret-key"})
    void anyLiteralInConfigurationIsASecretHoweverWeak(String value) {
        assertThat(Secrets.configSecret(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "${DB_PASSWORD}", "{cipher}AQB3", "ENC(abc)", "default", "dummy", "changeme",
            "<your-token>", "xxx", "***", "test", "none", "true", "classpath:keystore.p12", "http://vault:8200",
            "a short sentence"})
    void placeholdersStandInsAndEmptyValuesAreNotSecretsInConfiguration(String value) {
        assertThat(Secrets.configSecret(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${VAULT_TOKEN:default}", "${KEY:}", "${KEY:dummy}", "${KEY}"})
    void aStandInOrEmptyFallbackIsNotACommittedSecret(String value) {
        assertThat(Secrets.placeholderDefaultIsConfigSecret(value)).as(value).isFalse();
        assertThat(Secrets.placeholderDefaultIsConfigSecret("${KEY:mixerpassword}")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"access.tokenResponse.claim", "usermodel.clientRoleMapping.tokenClaimName.tooltip",
        "javax.net.ssl.trustStorePassword", "/login/oauth/access_token", "hibernate.connection.password",
        "client_secret", "FEDERATED_ACCESS_TOKEN_RESPONSE", "refreshToken", "-----BEGIN PRIVATE KEY-----",
        "${DB_PASSWORD}", "Authorization", "user@example.com", "changeme", "password"})
    void namesAndPlaceholdersAreNotSecretsInCode(String value) {
        assertThat(Secrets.codeSecret(value) || Secrets.knownTokenFormat(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pk9Xr2LmQ7vT4wZ8sN3bYc", "Pr0d-S3cr3t-2024!", "q8Z3vK1pX9mW2rT7yB4n"})
    void randomLookingValuesAreSecretsInCode(String value) {
        assertThat(Secrets.codeSecret(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AKIAIOSFODNN7EXAMPL3", "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA1234567890abcdefghijklmnopqrstuv"})
    void knownCredentialFormatsAreRecognised(String value) {
        assertThat(Secrets.knownTokenFormat(value.replace("\\n", "\n"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dbPassword", "API_KEY", "clientSecret", "spring.datasource.password", "jwt.signing-key",
        "jwt.base64-secret", "secret-key", "key-store-password"})
    void secretNames(String name) {
        assertThat(Secrets.secretName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PASSWORD_PARAM", "tokenHeader", "passwordEncoder", "token-uri", "password-file", "tokenType",
        "jwt.token-validity-in-seconds", "token-validity-in-seconds-for-remember-me", "api-key-id", "refreshTokenExpiryDays"})
    void namesThatMentionSecretsButHoldSomethingElse(String name) {
        assertThat(Secrets.secretName(name)).isFalse();
    }
}
