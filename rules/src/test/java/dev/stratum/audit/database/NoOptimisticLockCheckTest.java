package dev.stratum.audit.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DB013 counts only assignments that change a stored column: not the id, not a transient field. */
class NoOptimisticLockCheckTest {
    @TempDir
    Path root;

    private AuditedTree withEntity(String fields) {
        return new AuditedTree(root).pom("3.5.0", "spring-boot-starter-web", "spring-boot-starter-data-jpa")
                .write("src/main/java/app/Tag.java", """
                        package app;
                        @jakarta.persistence.Entity
                        public class Tag {
                            %s
                        }
                        """.formatted(fields))
                .write("src/main/java/app/TagRepository.java",
                        "package app; interface TagRepository extends org.springframework.data.jpa.repository.JpaRepository<Tag, Long> { }")
                .write("src/main/java/app/TagController.java", """
                        package app;
                        @org.springframework.web.bind.annotation.RestController
                        class TagController {
                            @org.springframework.web.bind.annotation.PutMapping("/tags/{id}")
                            void put(long id) { }
                        }
                        """);
    }

    @Test
    void aSetterOfAStoredColumnIsAnUpdate() {
        assertThat(withEntity("@jakarta.persistence.Id Long id; String name; public void setName(String n) { name = n; }")
                .findings("DB013")).hasSize(1);
    }

    @Test
    void settingTheIdOrATransientFieldIsNot() {
        assertThat(withEntity("""
                @jakarta.persistence.Id Long id;
                @jakarta.persistence.Transient boolean persisted;
                public void setId(Long v) { id = v; }
                public void markPersisted() { persisted = true; }
                """).findings("DB013")).isEmpty();
    }
}
