package dev.stratum.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.config.CheckConfig;
import dev.stratum.config.StratumConfig;
import dev.stratum.core.UsageException;
import dev.stratum.finding.Finding;
import dev.stratum.finding.Report;
import dev.stratum.finding.Severity;
import dev.stratum.finding.Tool;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule kinds beyond the samples: onion, rules jars, overrides, suppressions, jar and multi-module input. */
class CheckRulesTest {
    static final Tool TOOL = new Tool("stratum", "test");

    @TempDir
    Path dir;

    private Path source(String relative, String code) throws IOException {
        Path file = dir.resolve("src/main/java").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, code);
        return file;
    }

    private CheckConfig config(String yaml) throws IOException {
        Path file = dir.resolve("stratum.yaml");
        Files.writeString(file, yaml);
        return StratumConfig.load(file, dir).config().check();
    }

    private Report run(String yaml, List<Path> jars) throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        SampleProject.compileTree(dir.resolve("src/main/java"), dir.resolve("target/classes"));
        return ArchCheck.run(new ArchCheck.Request(List.of(dir), config(yaml), jars, TOOL));
    }

    @Test
    void onion_architecture_flags_the_domain_using_an_adapter() throws IOException {
        source("com/acme/domain/model/Order.java", "package com.acme.domain.model;\npublic class Order {\n"
                + "    com.acme.adapter.persistence.OrderRow row;\n}\n");
        source("com/acme/adapter/persistence/OrderRow.java", "package com.acme.adapter.persistence;\n"
                + "public class OrderRow { com.acme.domain.model.Order order; }\n");
        source("com/acme/application/PlaceOrder.java", "package com.acme.application;\n"
                + "public class PlaceOrder { com.acme.domain.model.Order order; }\n");

        Report report = run("check:\n  onion:\n    domainModels: \"com.acme.domain.model..\"\n"
                + "    application: \"com.acme.application..\"\n    adapters: { persistence: \"com.acme.adapter.persistence..\" }\n", List.of());

        assertThat(report.findings()).extracting(Finding::id).containsOnly("onion");
        assertThat(report.findings()).extracting(Finding::className).containsExactly("com.acme.domain.model.Order");
        assertThat(report.findings().get(0).line()).isEqualTo(3);
    }

    @Test
    void rules_jar_fields_and_methods_run_beside_yaml_rules() throws IOException {
        source("com/acme/web/Api.java", "package com.acme.web;\npublic class Api { com.acme.db.Table t; }\n");
        source("com/acme/db/Table.java", "package com.acme.db;\npublic class Table { }\n");
        Path rulesJar = rulesJar();

        Report report = run("check:\n  naming:\n    - { id: api-suffix, in: \"..web..\", suffix: Api }\n", List.of(rulesJar));

        assertThat(report.rules()).extracting(r -> r.id()).contains("TeamRules.noWebToDb", "TeamRules.noTables", "api-suffix");
        assertThat(report.findings()).extracting(Finding::id).containsExactlyInAnyOrder("TeamRules.noWebToDb", "TeamRules.noTables");
    }

    @Test
    void severity_because_disable_and_suppress_apply_by_id() throws IOException {
        SampleProject.compile("layered-shop", dir);
        CheckConfig base = StratumConfig.load(null, dir).config().check();
        CheckConfig tuned = new CheckConfig(base.layers(), base.access(), base.cycles(), base.forbid(), base.naming(),
                base.annotations(), null, base.presets(), Map.of("cycles", "warning"), Map.of("cycles", "ADR-3"),
                List.of("no-sql-in-web"), List.of(new CheckConfig.Suppress("layers", dev.stratum.config.Patterns.of("com.acme.shop.web.."), "legacy")),
                null, null, null);

        Report report = ArchCheck.run(new ArchCheck.Request(List.of(dir), tuned, List.of(), TOOL));

        assertThat(report.findings()).filteredOn(f -> f.id().equals("cycles")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM))
                .satisfies(f -> assertThat(f.rule().why()).isEqualTo("ADR-3"));
        assertThat(report.findings()).extracting(Finding::id).doesNotContain("no-sql-in-web");
        assertThat(report.findings()).filteredOn(f -> f.id().equals("layers")).hasSize(2);
        assertThat(report.suppressed()).filteredOn(f -> f.id().equals("layers")).hasSize(4);
    }

    @Test
    void jars_and_multi_module_projects_are_imported_once_with_relative_files() throws IOException {
        Path module = dir.resolve("orders");
        Files.createDirectories(module);
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        Path src = module.resolve("src/main/java/com/acme/Out.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package com.acme;\npublic class Out {\n    void run() {\n        System.out.println(1);\n    }\n}\n");
        SampleProject.compileTree(module.resolve("src/main/java"), module.resolve("target/classes"));
        Files.writeString(dir.resolve("stratum.yaml"), "check:\n  presets: [security]\n");
        CheckConfig config = StratumConfig.load(null, dir).config().check();

        Report project = ArchCheck.run(new ArchCheck.Request(List.of(dir), config, List.of(), TOOL));
        assertThat(project.findings()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("no-standard-streams");
            assertThat(f.file()).isEqualTo("orders/src/main/java/com/acme/Out.java");
            assertThat(f.line()).isEqualTo(4);
        });

        Path jar = dir.resolve("out.jar");
        jar(jar, module.resolve("target/classes"));
        Report fromJar = ArchCheck.run(new ArchCheck.Request(List.of(jar), config, List.of(), TOOL));
        assertThat(fromJar.findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("com/acme/Out.java");
            assertThat(f.fingerprint()).isNotEqualTo(project.findings().get(0).fingerprint());
        });
    }

    @Test
    void test_classes_are_checked_only_by_test_rules_when_asked() throws IOException {
        SampleProject.compile("clean-shop", dir);
        Path test = dir.resolve("src/test/java/com/acme/shop/web/OrderControllerTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, "package com.acme.shop.web;\n\nimport org.springframework.beans.factory.annotation.Autowired;\n\n"
                + "class OrderControllerTest {\n    @Autowired\n    OrderController controller;\n\n    void run() {\n"
                + "        System.out.println(controller);\n    }\n}\n");
        Path testClasses = dir.resolve("target/test-classes");
        Files.createDirectories(testClasses);
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", testClasses.toString(), "-cp",
                dir.resolve("target/classes").toString(), "-g", test.toString())).isZero();
        Files.writeString(dir.resolve("stratum.yaml"), Files.readString(dir.resolve("stratum.yaml")) + "  tests: true\n");
        CheckConfig config = StratumConfig.load(null, dir).config().check();

        Report report = ArchCheck.run(new ArchCheck.Request(List.of(dir), config, List.of(), TOOL));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("spring-test-field-injection");
            assertThat(f.file()).isEqualTo("src/test/java/com/acme/shop/web/OrderControllerTest.java");
            assertThat(f.line()).isEqualTo(7);
        });
    }

    @Test
    void invalid_rules_name_their_key() throws IOException {
        assertThatThrownBy(() -> RuleSet.from(config("check:\n  naming:\n    - { id: x, in: \"..a..\" }\n"), List.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("check.naming[0]: needs 'suffix' or 'prefix'");
        assertThatThrownBy(() -> RuleSet.from(config("check:\n  annotations:\n    - { id: x, annotation: \"not a name\", resideIn: \"..a..\" }\n"), List.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("check.annotations[0].annotation");
        assertThatThrownBy(() -> RuleSet.from(config("check:\n  onion:\n    domainModels: \"\"\n"), List.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("check.onion.domainModels");
        assertThatThrownBy(() -> RuleSet.from(config("check:\n  presets: [security]\n  disable: [nope]\n"), List.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("check.disable: unknown rule id 'nope'");
        assertThatThrownBy(() -> RuleSet.from(config("check:\n  forbid:\n    - { id: x, from: \"..a..\", to: \"..b..\", severity: huge }\n"), List.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("check.forbid[0].severity");
    }

    private Path rulesJar() throws IOException {
        Path src = dir.resolve("rules-src/team/TeamRules.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package team;

                import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

                import com.tngtech.archunit.core.domain.JavaClasses;
                import com.tngtech.archunit.junit.ArchTest;
                import com.tngtech.archunit.lang.ArchRule;

                public class TeamRules {
                    @ArchTest
                    static final ArchRule noWebToDb = noClasses().that().resideInAPackage("..web..")
                            .should().dependOnClassesThat().resideInAPackage("..db..");

                    @ArchTest
                    static void noTables(JavaClasses classes) {
                        if (classes.contain("com.acme.db.Table")) {
                            throw new AssertionError("Table classes are not allowed");
                        }
                    }
                }
                """);
        Path classes = dir.resolve("rules-classes");
        Files.createDirectories(classes);
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), "--release", "17", src.toString());
        assertThat(rc).isZero();
        Path jar = dir.resolve("team-rules.jar");
        jar(jar, classes);
        return jar;
    }

    private static void jar(Path jar, Path classes) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(p));
                j.closeEntry();
            }
        }
    }
}
