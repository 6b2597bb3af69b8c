package dev.stratum.audit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MO012 in a multi-module build: another module's Spring Security does not protect a module without it. */
class HealthDetailsPublicCheckTest {
    @TempDir
    Path root;

    private static String pom(String artifact, String deps) {
        return "<project><modelVersion>4.0.0</modelVersion><parent><groupId>org.springframework.boot</groupId>"
                + "<artifactId>spring-boot-starter-parent</artifactId><version>3.5.0</version></parent>"
                + "<groupId>x</groupId><artifactId>" + artifact + "</artifactId><version>1</version><dependencies>"
                + "<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>"
                + "<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-actuator</artifactId></dependency>"
                + deps + "</dependencies></project>";
    }

    @Test
    void aModuleWithoutSecurityShowsItsHealthDetailsToAnyone() {
        AuditedTree tree = new AuditedTree(root);
        tree.pomXml("<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>p</artifactId>"
                + "<version>1</version><packaging>pom</packaging><modules><module>site</module><module>renderer</module>"
                + "</modules></project>");
        for (String module : List.of("site", "renderer")) {
            tree.write(module + "/src/main/java/x/" + module + "/App.java", "package x." + module + ";\n"
                    + "@org.springframework.boot.autoconfigure.SpringBootApplication\npublic class App {}\n");
        }
        tree.write("site/pom.xml", pom("site", "<dependency><groupId>org.springframework.boot</groupId>"
                + "<artifactId>spring-boot-starter-security</artifactId></dependency>"));
        tree.write("site/src/main/resources/application.yml", "management.endpoint.health.show-details: always\n");
        tree.write("renderer/pom.xml", pom("renderer", ""));
        tree.write("renderer/src/main/resources/application.yml", "management.endpoint.health.show-details: always\n");
        List<String> found = tree.locations("MO012");
        // the site's Boot default security locks the endpoint; the renderer has none
        assertThat(found).containsExactly("renderer/src/main/resources/application.yml:1");
    }
}
