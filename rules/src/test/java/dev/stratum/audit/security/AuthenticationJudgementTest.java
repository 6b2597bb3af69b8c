package dev.stratum.audit.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SE003/MO001 per application module, SE004 from the chain model, SE011 on values, SE017 in code. */
class AuthenticationJudgementTest {
    @TempDir
    Path root;

    private static final String APP = """
            package %s;
            @org.springframework.boot.autoconfigure.SpringBootApplication
            class App { }
            """;
    private static final String CONTROLLER = """
            package %s;
            @org.springframework.web.bind.annotation.RestController
            class Hello { @org.springframework.web.bind.annotation.GetMapping("/") String hi() { return "hi"; } }
            """;

    @Test
    void gradleSubprojectWithoutSecurityIsJudgedOnItsOwn() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("settings.gradle", "include 'site', 'renderer', 'client'\n");
        tree.write("client/build.gradle", "dependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-security'\n}\n");
        tree.write("site/build.gradle", """
                plugins { id 'org.springframework.boot' version '3.5.0' }
                dependencies {
                  implementation project(':client')
                  implementation 'org.springframework.boot:spring-boot-starter-web'
                  implementation 'org.springframework.boot:spring-boot-starter-actuator'
                }
                """);
        tree.write("renderer/build.gradle", """
                plugins { id 'org.springframework.boot' version '3.5.0' }
                dependencies {
                  implementation 'org.springframework.boot:spring-boot-starter-web'
                  implementation 'org.springframework.boot:spring-boot-starter-actuator'
                }
                """);
        tree.write("site/src/main/java/site/App.java", APP.formatted("site"));
        tree.write("site/src/main/java/site/Hello.java", CONTROLLER.formatted("site"));
        tree.write("renderer/src/main/java/renderer/App.java", APP.formatted("renderer"));
        tree.write("renderer/src/main/java/renderer/Hello.java", CONTROLLER.formatted("renderer"));
        assertThat(tree.locations("SE003")).containsExactly("renderer/build.gradle:2");
        assertThat(tree.locations("MO001")).isEmpty();
    }

    @Test
    void libraryModulesAreNotApplications() {
        AuditedTree tree = new AuditedTree(root);
        tree.pomXml("<project><artifactId>p</artifactId><packaging>pom</packaging></project>");
        tree.write("lib/pom.xml", "<project><artifactId>lib</artifactId><dependencies><dependency>"
                + "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>");
        tree.write("lib/src/main/java/lib/Hello.java", CONTROLLER.formatted("lib"));
        tree.write("api/pom.xml", "<project><artifactId>api</artifactId><dependencies><dependency><artifactId>lib"
                + "</artifactId></dependency><dependency><artifactId>spring-boot-starter-security</artifactId>"
                + "</dependency><dependency><artifactId>spring-boot-starter-actuator</artifactId></dependency>"
                + "</dependencies></project>");
        tree.write("api/src/main/java/api/App.java", APP.formatted("api"));
        assertThat(tree.locations("SE003")).as("the library's controller is served by api, which is secured").isEmpty();
        assertThat(tree.locations("MO001")).isEmpty();
    }

    private void chain(String body, String... more) {
        AuditedTree tree = new AuditedTree(root);
        tree.pomXml("<project><dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
                + "</dependency><dependency><artifactId>spring-boot-starter-security</artifactId></dependency>"
                + "</dependencies></project>");
        tree.write("src/main/java/app/Security.java", """
                package app;
                import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                class Security extends org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter {
                    @Override
                    protected void configure(HttpSecurity http) throws Exception {
                        %s
                    }
                }
                """.formatted(body));
        for (int i = 0; i < more.length; i++) {
            tree.write("src/main/java/app/More" + i + ".java", more[i]);
        }
    }

    @Test
    void csrfMattersOnlyForBrowserSessionsOrCookieTokens() {
        AuditedTree tree = new AuditedTree(root);
        chain("http.authorizeRequests().anyRequest().authenticated().and().csrf().disable();");
        assertThat(tree.locations("SE004")).as("a chain that logs nobody in (the token endpoint's own chain does)").isEmpty();

        chain("http.csrf().disable(); http.authorizeRequests().anyRequest().authenticated().and().httpBasic();");
        assertThat(tree.locations("SE004")).as("machines sending HTTP Basic themselves").isEmpty();

        chain("http.csrf().disable().formLogin();");
        assertThat(tree.locations("SE004")).containsExactly("src/main/java/app/Security.java:6");

        chain("http.csrf().disable(); super.configure(http);");
        assertThat(tree.locations("SE004")).as("the adapter's default form login").containsExactly("src/main/java/app/Security.java:6");

        String cookieFilter = """
                package app;
                class TokenFilter {
                    String token(jakarta.servlet.http.HttpServletRequest r) {
                        return org.springframework.web.util.WebUtils.getCookie(r, "jwt").getValue();
                    }
                }
                """;
        chain("http.csrf().ignoringAntMatchers(\"/**\"); http.addFilterAfter(new TokenFilter(), "
                + "org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);", cookieFilter);
        assertThat(tree.locations("SE004")).containsExactly("src/main/java/app/Security.java:6");

        chain("http.csrf().ignoringAntMatchers(\"/api/**\"); http.addFilterAfter(new TokenFilter(), null);", cookieFilter);
        assertThat(tree.locations("SE004")).as("CSRF kept for everything but /api/**").isEmpty();

        chain("http.csrf().disable().sessionManagement().sessionCreationPolicy(SessionCreationPolicy.STATELESS)"
                + ".and().oauth2ResourceServer().jwt();", cookieFilter.replace("\"jwt\"", "\"XSRF-TOKEN\""));
        assertThat(tree.locations("SE004")).as("a bearer header; the only cookie is the CSRF token's").isEmpty();
    }

    @Test
    void onlyTheSecretItselfCountsAsLogged() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/Tokens.java", """
                package app;
                class Tokens {
                    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Tokens.class);
                    void reuse(Token refreshToken) {
                        log.warn("reuse for {}", refreshToken.getUsername());
                        log.warn("hash {}", hash(refreshToken.getValue()));
                        log.warn("token " + refreshToken.getToken().trim());
                    }
                    void reject(String accessToken, Exception cause) {
                        throw new IllegalStateException("bad token " + accessToken, cause);
                    }
                    void fail(Exception tokenException) {
                        throw new IllegalStateException("token check failed", tokenException);
                    }
                    String hash(String s) { return s; }
                    record Token(String getUsername, String getValue, String getToken) { }
                }
                """);
        assertThat(tree.locations("SE011")).containsExactly("src/main/java/app/Tokens.java:7", "src/main/java/app/Tokens.java:10");
    }

    @Test
    void startUpCodeWithFixedPasswordsIsASeed() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/Seed.java", """
                package app;
                @org.springframework.context.annotation.Configuration
                class Seed {
                    @org.springframework.context.annotation.Bean
                    org.springframework.boot.CommandLineRunner admins(Users users) {
                        return args -> users.save(User.builder().name("admin").password("admin").build());
                    }
                    @jakarta.annotation.PostConstruct
                    void fromSecret() { new User().setPassword(System.getenv("ADMIN_PASSWORD")); }
                    @org.springframework.context.annotation.Profile({"dev", "test"})
                    @org.springframework.context.event.EventListener
                    void devUsers(Object ready) { new User().setPassword("dev"); }
                }
                """);
        assertThat(tree.locations("SE017")).containsExactly("src/main/java/app/Seed.java:6");
    }
}
