package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.finding.Finding;
import dev.stratum.finding.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeats of one check on one construct are one finding with several locations; distinct constructs stay apart. */
class FoldingTest {
    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<Finding> findings(String id) {
        return AuditEngine.standard().audit(root, AuditOptions.defaults()).report().findings().stream()
                .filter(f -> f.id().equals(id)).toList();
    }

    @Test
    void printsInARowAreOneFindingAndASeparateOneStaysApart() throws IOException {
        write("src/main/java/app/Report.java", """
                package app;
                class Report {
                    void print(int n) {
                        System.out.println("a");
                        System.out.println("b");
                        System.out.println("c");
                        n++;
                        System.out.println("d");
                    }
                }
                """);
        List<Finding> found = findings("MO005");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).line()).isEqualTo(4);
        assertThat(found.get(0).related()).extracting(Location::line).containsExactly(5, 6);
        assertThat(found.get(1).line()).isEqualTo(8);
        assertThat(found.get(1).related()).isEmpty();
    }

    @Test
    void aSettingDuplicatedAcrossModulesIsOneFindingButCodeInTwoClassesIsTwo() throws IOException {
        write("pom.xml", "<project><modules><module>a</module><module>b</module></modules></project>");
        for (String m : List.of("a", "b")) {
            write(m + "/pom.xml", "<project><dependencies><dependency><artifactId>spring-boot-starter-data-jpa</artifactId>"
                    + "</dependency></dependencies></project>");
            write(m + "/src/main/resources/application.properties", "spring.jpa.hibernate.ddl-auto=update\n");
            write(m + "/src/main/java/app/Client" + m + ".java", "package app;\nimport java.net.http.HttpClient;\n"
                    + "class Client" + m + " {\n    HttpClient c() { return HttpClient.newHttpClient(); }\n}\n");
        }
        List<Finding> ddl = findings("DB001");
        assertThat(ddl).hasSize(1);
        assertThat(ddl.get(0).file()).isEqualTo("a/src/main/resources/application.properties");
        assertThat(ddl.get(0).related()).extracting(Location::file).containsExactly("b/src/main/resources/application.properties");
        assertThat(findings("RE004")).hasSize(2).allSatisfy(f -> assertThat(f.related()).isEmpty());
    }
}
