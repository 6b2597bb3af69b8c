package dev.stratum.cli.hostile;

import static dev.stratum.cli.hostile.AuditTrees.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.incremental.AuditCache;
import dev.stratum.audit.security.Secrets;
import dev.stratum.core.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An audited repository full of fake credentials, in Java (parsable and not), properties and YAML: no report
 * format and no log line, {@code --debug} included, holds a secret value; at most a masked hint such as
 * {@code ghp_****}.
 */
class AuditSecretsHostileTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    static final String AWS = "AKIAIOSFODNN7EXAMPLE";
    static final String AWS2 = "AKIAZ7Q2RW3XJ5KLM9PA";
    static final String GITHUB = "ghp_R2d2C3poL8x9QwErTyUiOpAsDfGhJkLzXcVb";
    static final String STRIPE = "sk_live_51HqLyjWDarjtT1zdp7dcXyZ";
    static final String STRIPE_URL = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
    static final String DB_PASSWORD = "Qw3rty!Secret9";
    static final String ENCODED_PASSWORD = "p%40ssW0rd%21xY";
    static final String DECODED_PASSWORD = "p@ssW0rd!xY";
    static final String USERINFO_PASSWORD = "hunter2Hunter3x";
    static final String CODE_PASSWORD = "Zx9!qLm2#Rt7";
    static final String KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
    static final List<String> SECRETS = List.of(AWS, AWS2, GITHUB, STRIPE, STRIPE_URL, DB_PASSWORD, ENCODED_PASSWORD,
            DECODED_PASSWORD, USERINFO_PASSWORD, CODE_PASSWORD, KEY_BODY,
            // the parts a half-masking would leave
            "IOSFODNN7EXAMPLE", "R2d2C3poL8x9", "51HqLyjWDarjtT1", "4eC39HqLyjWD");

    @TempDir
    Path tmp;

    private Path leakyRepository() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        write(repo, "src/main/java/app/Keys.java", "package app;\nclass Keys {\n"
                + "  static final String AWS_KEY = \"" + AWS + "\";\n"
                + "  static final String token = \"" + GITHUB + "\";\n"
                + "  private String password = \"" + CODE_PASSWORD + "\";\n"
                + "  static final String PEM = \"-----BEGIN PRIVATE KEY-----\\n" + KEY_BODY + "\\n-----END PRIVATE KEY-----\";\n"
                + "  void log() { System.out.println(\"" + STRIPE + "\"); }\n"
                + "}\n");
        // does not parse: the parser's message would quote the token after the literal
        write(repo, "src/main/java/app/Broken.java", "package app;\nclass Broken {\n"
                + "  String k = " + AWS2 + " " + GITHUB + " ;\n"
                + "  String s = \"" + STRIPE + "\n}\n");
        write(repo, "src/main/java/app/Lexical.java", "package app;\nclass Lexical {\n  String s = \"" + AWS + "\n}\n");
        write(repo, "src/main/resources/application.properties",
                "spring.datasource.password=" + DB_PASSWORD + "\n"
                        + "spring.datasource.url=jdbc:postgresql://orders:" + ENCODED_PASSWORD
                        + "@db.prod.internal:5432/orders?sslmode=disable\n"
                        + "legacy.url=jdbc:mysql://db2.prod.internal/x?user=app&password=" + ENCODED_PASSWORD + "&useSSL=false\n");
        write(repo, "src/main/resources/application.yml",
                "payments:\n  base-url: http://" + STRIPE_URL + "@api.payments.internal/v1\n"
                        + "  mirror: http://svc:" + USERINFO_PASSWORD + "@mirror.payments.internal/\n"
                        + "github:\n  token: " + GITHUB + "\n"
                        + "aws:\n  access-key: " + AWS + "\n");
        write(repo, "src/main/resources/application-prod.yml", "bad: [unclosed " + GITHUB + "\n");
        return repo;
    }

    private static void assertNoSecret(String where, String text) {
        for (String secret : SECRETS) {
            assertThat(text).as("%s holds no part of a secret", where).doesNotContain(secret);
        }
    }

    @Test
    void noReportFormatAndNoLogLineHoldsASecretValueDebugIncluded() throws IOException {
        Path repo = leakyRepository();
        Path out = Files.createDirectories(tmp.resolve("out"));
        List<String> args = new ArrayList<>(List.of("audit", repo.toString(), "--debug", "--exit-zero",
                "--cache-dir", tmp.resolve("cache").toString(), "-f", "text"));
        for (String format : List.of("json", "sarif", "html", "markdown", "junit")) {
            args.add("-f");
            args.add(format + ":" + out.resolve("report." + format));
        }

        Hostile run = Hostile.run(LIMIT, args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        run.noStackTrace();
        SECRETS.forEach(run::neverPrints);
        try (var files = Files.list(out)) {
            for (Path report : files.toList()) {
                assertNoSecret(report.toString(), Files.readString(report));
            }
        }
        // the findings are there, named without their values
        assertThat(run.out()).contains("SE001", "SE002", "SE009", "SE010", "value hidden",
                "calls api.payments.internal over plain http://", "connects to db.prod.internal with sslmode=disable",
                "src/main/java/app/Broken.java: does not parse: line 4: invalid character or unterminated literal",
                "src/main/java/app/Lexical.java: does not parse: line 3: invalid character or unterminated literal",
                "src/main/resources/application-prod.yml: malformed YAML");
    }

    @Test
    void theCacheFileHoldsNoSecretEither() throws IOException {
        Path repo = leakyRepository();
        Path cache = tmp.resolve("cache");
        Hostile.run(LIMIT, "audit", repo.toString(), "-q", "--exit-zero", "--cache-dir", cache.toString())
                .warnsAndExits(ExitCode.OK);
        StringBuilder stored = new StringBuilder();
        for (byte[] entry : AuditCache.inflatedEntries(AuditTrees.cacheFile(cache))) {
            stored.append(new String(entry, StandardCharsets.UTF_8)).append('\n');
        }
        assertThat(stored).contains("SE001");
        assertNoSecret("the cache", stored.toString());
    }

    @Test
    void aTokenInUrlUserInfoIsHiddenByEveryCheckOnTheLine() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        write(repo, "src/main/resources/application.yml",
                "payments:\n  url: http://" + STRIPE_URL + "@api.payments.internal/v1\n");
        Hostile run = Hostile.run(LIMIT, "audit", repo.toString(), "-q", "--no-cache", "--exit-zero", "-f", "json");
        run.warnsAndExits(ExitCode.OK).neverPrints(STRIPE_URL).neverPrints("4eC39");
        assertThat(run.out()).contains("\"SE002\"", "\"SE009\"", "payments.url calls api.payments.internal over plain http://");
    }

    @Test
    void aPercentEncodedPasswordInAJdbcUrlIsNeverPrinted() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        write(repo, "src/main/resources/application.properties",
                "spring.datasource.url=jdbc:postgresql://" + "orders%3A" + ENCODED_PASSWORD
                        + "@db.prod.internal/orders?sslmode=disable\n");
        Hostile run = Hostile.run(LIMIT, "audit", repo.toString(), "-q", "--no-cache", "--exit-zero", "-f", "text");
        run.warnsAndExits(ExitCode.OK).neverPrints(ENCODED_PASSWORD).neverPrints(DECODED_PASSWORD).neverPrints("orders%3A");
        assertThat(run.out()).contains("spring.datasource.url connects to db.prod.internal with sslmode=disable");
    }

    @Test
    void aParseWarningNeverQuotesTheOffendingToken() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        write(repo, "src/main/java/app/Ok.java", AuditTrees.PRINTS);
        write(repo, "src/main/java/app/Bad.java", "package app;\nclass Bad {\n  String password \"" + CODE_PASSWORD + "\";\n}\n");
        write(repo, "src/main/java/app/Bad2.java", "package app;\nclass Bad2 {\n  String k = x " + AWS + ";\n}\n");
        Hostile run = Hostile.run(LIMIT, "audit", repo.toString(), "-q", "--no-cache", "-f", "text");
        run.warnsAndExits(ExitCode.OK).neverPrints(CODE_PASSWORD).neverPrints(AWS).neverPrints("IOSFODNN7");
        assertThat(run.out()).contains(
                "warning: src/main/java/app/Bad.java: does not parse: line 3: syntax error, unexpected string literal",
                "warning: src/main/java/app/Bad2.java: does not parse: line 3: syntax error, unexpected identifier");
    }

    @Test
    void anErrorWithDebugHoldsNoSecret() throws IOException {
        // only an unparseable file: exit 3 with --debug prints a stack trace, which must hold no source text either
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        write(repo, "src/main/java/app/Bad.java", "package app;\nclass Bad { String k = y " + GITHUB + " ; }\n");
        Hostile run = Hostile.run(LIMIT, "audit", repo.toString(), "-q", "--no-cache", "--debug");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INPUT.code());
        assertThat(run.err()).startsWith("stratum: error: ").contains("none of the 1 Java files could be read");
        run.neverPrints(GITHUB).neverPrints("R2d2C3po");
    }

    @Test
    void theMaskingRoutineLeavesOnlyAHint() {
        assertThat(Secrets.mask("token " + GITHUB + " and " + AWS + " and " + STRIPE))
                .isEqualTo("token ghp_**** and AKIA**** and sk_live_****");
        assertThat(Secrets.mask("jdbc:postgresql://app:" + ENCODED_PASSWORD + "@db/x?user=a&password=" + DB_PASSWORD + "&ssl=true"))
                .isEqualTo("jdbc:postgresql://****@db/x?user=a&password=****&ssl=true");
        assertThat(Secrets.mask("jdbc:oracle:thin:scott/" + DB_PASSWORD + "@db:1521/x")).isEqualTo("jdbc:oracle:thin:****@db:1521/x");
        assertThat(Secrets.mask("\"password\": \"" + CODE_PASSWORD + " x\"")).isEqualTo("\"password\": \"****\"");
        assertThat(Secrets.mask("-----BEGIN RSA PRIVATE KEY-----\\n" + KEY_BODY)).isEqualTo("-----BEGIN RSA PRIVATE KEY-----****");
        assertThat(Secrets.mask("a cut-off ghp_R2d2")).isEqualTo("a cut-off ghp_****");
        assertThat(Secrets.mask("plain text: nothing here")).isEqualTo("plain text: nothing here");
        // linear: a long text without any of it costs no more than reading it
        String big = "://" + "a".repeat(3000) + "password=" + "x".repeat(1000);
        assertThat(Secrets.mask(big)).endsWith("password=****");
    }
}
