package dev.stratum.generate.update;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PomMergeTest {
    private static final String BASE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project>
              <parent>
                <version>4.0.6</version>
              </parent>
              <properties>
                <java.version>17</java.version>
              </properties>

              <dependencies>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-cache</artifactId>
                </dependency>
                <dependency>
                  <groupId>com.github.ben-manes.caffeine</groupId>
                  <artifactId>caffeine</artifactId>
                </dependency>
              </dependencies>
            </project>
            """;

    private static final String REDIS = """
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-data-redis</artifactId>
                </dependency>
            """;

    private static final String CAFFEINE = """
                <dependency>
                  <groupId>com.github.ben-manes.caffeine</groupId>
                  <artifactId>caffeine</artifactId>
                </dependency>
            """;

    /** The user's own dependency (tab-indented, with a comment) next to where the template adds one. */
    private static final String OWN = """
            \t\t<!-- mine: keep -->
            \t\t<dependency><groupId>com.acme</groupId><artifactId>acme-client</artifactId></dependency>
            """;

    private final PomMerge merge = new PomMerge();

    @Test
    void templateChangesApplyAndTheUsersDependencyCommentAndFormattingStay() {
        String ours = BASE.replace("    </dependency>\n  </dependencies>", "    </dependency>\n" + OWN + "  </dependencies>");
        String theirs = BASE.replace(CAFFEINE, REDIS).replace("4.0.6", "4.0.7")
                .replace("<java.version>17</java.version>", "<java.version>17</java.version>\n    <jib.version>3.5.2</jib.version>");

        MergedText m = merge.merge(BASE, ours, theirs);

        assertThat(m.conflicted()).isFalse();
        assertThat(m.text()).isEqualTo(ours.replace(CAFFEINE, REDIS).replace("4.0.6", "4.0.7")
                .replace("<java.version>17</java.version>", "<java.version>17</java.version>\n    <jib.version>3.5.2</jib.version>"));
        assertThat(m.text()).contains(OWN);
    }

    @Test
    void anAddedDependencyIsPlacedAfterItsPredecessorWhereALineMergeWouldConflict() {
        // The user appended a dependency exactly where the template appends one.
        String ours = BASE.replace(CAFFEINE, CAFFEINE + OWN);
        String theirs = BASE.replace(CAFFEINE, CAFFEINE + REDIS);
        assertThat(new LineMerge().merge(BASE, ours, theirs).conflicted()).isTrue();

        MergedText m = merge.merge(BASE, ours, theirs);

        assertThat(m.conflicted()).isFalse();
        assertThat(m.text()).isEqualTo(BASE.replace(CAFFEINE, CAFFEINE + REDIS + OWN));
    }

    @Test
    void aTemplateThatReordersItsPomKeepsTheUsersEntriesWithoutConflicts() {
        String base = """
                <project>
                  <dependencyManagement>
                    <dependencies>
                      <dependency><groupId>b</groupId><artifactId>bom</artifactId><type>pom</type><scope>import</scope></dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency><groupId>g</groupId><artifactId>one</artifactId></dependency>
                    <dependency><groupId>g</groupId><artifactId>runtime</artifactId><scope>runtime</scope></dependency>
                    <dependency><groupId>g</groupId><artifactId>two</artifactId></dependency>
                  </dependencies>
                </project>
                """;
        String mineDependency = "    <!-- mine -->\n    <dependency><groupId>mine</groupId><artifactId>lib</artifactId></dependency>\n";
        String mineBom = "      <dependency><groupId>mine</groupId><artifactId>bom</artifactId><type>pom</type><scope>import</scope></dependency>\n";
        String ours = base.replace("\n  <dependencies>\n", "\n  <dependencies>\n" + mineDependency)
                .replace("\n    <dependencies>\n", "\n    <dependencies>\n" + mineBom);
        assertThat(ours).contains(mineDependency, mineBom);
        String theirs = """
                <project>
                  <dependencies>
                    <dependency><groupId>g</groupId><artifactId>one</artifactId></dependency>
                    <dependency><groupId>g</groupId><artifactId>two</artifactId></dependency>
                    <dependency><groupId>g</groupId><artifactId>runtime</artifactId><scope>runtime</scope></dependency>
                  </dependencies>
                  <dependencyManagement>
                    <dependencies>
                      <dependency><groupId>b</groupId><artifactId>bom</artifactId><type>pom</type><scope>import</scope></dependency>
                    </dependencies>
                  </dependencyManagement>
                </project>
                """;

        MergedText m = merge.merge(base, ours, theirs);

        assertThat(m.conflicted()).as(m.text()).isFalse();
        assertThat(m.text()).isEqualTo(theirs.replace("\n  <dependencies>\n", "\n  <dependencies>\n" + mineDependency)
                .replace("\n    <dependencies>\n", "\n    <dependencies>\n" + mineBom));
    }

    @Test
    void aRemovedDependencyTheUserChangedIsKeptAndListed() {
        String ours = BASE.replace("<artifactId>caffeine</artifactId>", "<artifactId>caffeine</artifactId>\n      <version>3.2.0</version>");
        MergedText m = merge.merge(BASE, ours, BASE.replace(CAFFEINE, ""));
        assertThat(m.text()).isEqualTo(ours);
        assertThat(m.notes()).singleElement().asString().contains("com.github.ben-manes.caffeine:caffeine").contains("kept yours");
    }

    @Test
    void aDependencyBothChangedIsAConflict() {
        String ours = BASE.replace("<artifactId>caffeine</artifactId>", "<artifactId>caffeine</artifactId>\n      <version>1</version>");
        String theirs = BASE.replace("<artifactId>caffeine</artifactId>", "<artifactId>caffeine</artifactId>\n      <version>2</version>");
        MergedText m = merge.merge(BASE, ours, theirs);
        assertThat(m.conflicted()).isTrue();
        assertThat(m.text()).contains("<<<<<<< yours", "<version>1</version>", "<version>2</version>", ">>>>>>> template");
    }

    @Test
    void aPomThatIsNotWellFormedIsMergedLineByLine() {
        String ours = BASE.replace("</project>", "");
        MergedText m = merge.merge(BASE, ours, BASE.replace("4.0.6", "4.0.7"));
        assertThat(m.conflicted()).isFalse();
        assertThat(m.text()).contains("4.0.7").doesNotContain("</project>");
        assertThat(m.notes()).singleElement().asString().contains("merged line by line");
    }
}
