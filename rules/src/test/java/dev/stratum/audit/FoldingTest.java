package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.finding.Finding;
import dev.stratum.finding.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeats of one check on one construct are one finding with several locations; distinct constructs stay apart. */
class FoldingTest {
    @TempDir
    Path root;

    @Test
    void printsInARowAreOneFindingAndASeparateOneStaysApart() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/Report.java", """
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
        List<Finding> found = tree.found("MO005");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).line()).isEqualTo(4);
        assertThat(found.get(0).related()).extracting(Location::line).containsExactly(5, 6);
        assertThat(found.get(1).line()).isEqualTo(8);
        assertThat(found.get(1).related()).isEmpty();
    }

    @Test
    void aSettingDuplicatedAcrossModulesIsOneFindingButCodeInTwoClassesIsTwo() {
        AuditedTree tree = new AuditedTree(root);
        tree.modules("a", "b");
        for (String m : List.of("a", "b")) {
            tree.write(m + "/pom.xml", "<project><dependencies><dependency><artifactId>spring-boot-starter-data-jpa</artifactId>"
                    + "</dependency></dependencies></project>");
            tree.write(m + "/src/main/resources/application.properties", "spring.jpa.hibernate.ddl-auto=update\n");
            tree.write(m + "/src/main/java/app/Client" + m + ".java", "package app;\nimport java.net.http.HttpClient;\n"
                    + "class Client" + m + " {\n    HttpClient c() { return HttpClient.newHttpClient(); }\n}\n");
        }
        List<Finding> ddl = tree.found("DB001");
        assertThat(ddl).hasSize(1);
        assertThat(ddl.get(0).file()).isEqualTo("a/src/main/resources/application.properties");
        assertThat(ddl.get(0).related()).extracting(Location::file).containsExactly("b/src/main/resources/application.properties");
        assertThat(tree.found("RE004")).hasSize(2).allSatisfy(f -> assertThat(f.related()).isEmpty());
    }
}
