package [=project.package].persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import [=project.package].AbstractIntegrationTest;

class DatabaseMigrationTest extends AbstractIntegrationTest {

    private final JdbcTemplate jdbc;
    private final ProductRepository repository;

    DatabaseMigrationTest(JdbcTemplate jdbc, ProductRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    @Test
    void runsOnARealPostgreSql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void flywayAppliedTheInitialMigration() {
        List<String> applied = jdbc.queryForList(
                "select version from flyway_schema_history where success order by installed_rank", String.class);
        assertThat(applied).contains("1");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'product'", String.class))
                .contains("ux_product_sku");
    }

    @Test
    void productRowRoundTrips() {
        Product saved = repository.save(new Product("DB-1", "Stored", 4200));

        Product loaded = repository.findBySku("DB-1").orElseThrow();
        assertThat(loaded.getId()).isEqualTo(saved.getId());
        assertThat(loaded.getName()).isEqualTo("Stored");
        assertThat(loaded.getPriceCents()).isEqualTo(4200);
        assertThat(jdbc.queryForObject("select name from product where sku = 'DB-1'", String.class)).isEqualTo("Stored");
    }
}
