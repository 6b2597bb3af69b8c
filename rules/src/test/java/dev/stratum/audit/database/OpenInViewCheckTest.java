package dev.stratum.audit.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenInViewCheckTest {
    @TempDir
    Path root;

    private AuditedTree tree() {
        return new AuditedTree(root);
    }

    @Test
    void aBootServletAppWithJpaAndNoSettingHoldsAConnectionPerRequest() {
        assertThat(tree().pom("3.5.0", "spring-boot-starter-web", "spring-boot-starter-data-jpa").findings("DB007"))
                .containsExactly("pom.xml:5 spring.jpa.open-in-view is not set and defaults to true");
    }

    @Test
    void aWebFluxOnlyAppGetsNoOpenInViewInterceptor() {
        assertThat(tree().pom("3.5.0", "spring-boot-starter-webflux", "spring-boot-starter-data-jpa").findings("DB007"))
                .isEmpty();
    }

    @Test
    void plainSpringMvcWithoutBootRegistersNoInterceptorByItself() {
        AuditedTree plain = tree().pom(null, "spring-webmvc", "spring-data-jpa")
                .write("src/main/java/app/Orders.java", """
                        package app;
                        @org.springframework.web.bind.annotation.RestController
                        class Orders { }
                        """);
        assertThat(plain.findings("DB007")).isEmpty();
    }

    @Test
    void aPlaceholderDefaultingToTrueIsTrue() {
        AuditedTree app = tree().pom("3.5.0", "spring-boot-starter-web", "spring-boot-starter-data-jpa")
                .write("src/main/resources/application.yml", "spring:\n  jpa:\n    open-in-view: ${OIV:true}\n");
        assertThat(app.findings("DB007")).containsExactly("src/main/resources/application.yml:3 "
                + "spring.jpa.open-in-view is true unless the environment overrides its placeholder: a connection is held for the "
                + "whole request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "${OIV:false}", "${OIV}"})
    void offOrUnknownIsSilent(String value) {
        AuditedTree app = tree().pom("3.5.0", "spring-boot-starter-web", "spring-boot-starter-data-jpa")
                .write("src/main/resources/application.yml", "spring:\n  jpa:\n    open-in-view: \"" + value + "\"\n");
        assertThat(app.findings("DB007")).isEmpty();
    }
}
