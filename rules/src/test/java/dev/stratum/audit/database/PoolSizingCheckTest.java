package dev.stratum.audit.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoolSizingCheckTest {
    private static final String UNSIZED = "pom.xml:5 the connection pool size is left at HikariCP's default";

    @TempDir
    Path root;

    private AuditedTree service(String config) {
        return new AuditedTree(root).pom("3.5.0", "spring-boot-starter-web", "spring-boot-starter-data-jpa")
                .write("src/main/resources/application.yml", config);
    }

    @Test
    void aThreadPoolExecutorsMaximumPoolSizeSaysNothingAboutTheConnectionPool() {
        AuditedTree app = service("spring.application.name: orders\n").write("src/main/java/app/Workers.java", """
                package app;
                import java.util.concurrent.ThreadPoolExecutor;
                class Workers {
                    private final ThreadPoolExecutor executor;
                    Workers(ThreadPoolExecutor executor) { this.executor = executor; }
                    void grow() { executor.setMaximumPoolSize(50); }
                }
                """);
        assertThat(app.findings("DB008")).containsExactly(UNSIZED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "HikariConfig config = new HikariConfig(); config.setMaximumPoolSize(20);",
            "var pool = new HikariDataSource(); pool.setMaximumPoolSize(20);",
            "sized.setMaximumPoolSize(20);"})
    void aDataSourcePoolSizedInCodeCounts(String body) {
        AuditedTree app = service("spring.application.name: orders\n").write("src/main/java/app/Pool.java", """
                package app;
                import com.zaxxer.hikari.HikariConfig;
                import com.zaxxer.hikari.HikariDataSource;
                class Pool {
                    HikariDataSource sized;
                    void configure() { %s }
                }
                """.formatted(body));
        assertThat(app.findings("DB008")).isEmpty();
    }

    @Test
    void aProjectSubclassOfHikariConfigSizingItselfCounts() {
        AuditedTree app = service("spring.application.name: orders\n").write("src/main/java/app/PoolConfig.java", """
                package app;
                class PoolConfig extends com.zaxxer.hikari.HikariConfig {
                    PoolConfig() { setMaximumPoolSize(20); }
                }
                """);
        assertThat(app.findings("DB008")).isEmpty();
    }

    @Test
    void theHikariPropertyCounts() {
        assertThat(service("spring.datasource.hikari.maximum-pool-size: 20\n").findings("DB008")).isEmpty();
    }
}
