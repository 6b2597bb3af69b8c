package [=project.package].persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import [=project.package].AbstractIntegrationTest;

class DatabaseMigrationTest extends AbstractIntegrationTest {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ProductRepository repository;

    DatabaseMigrationTest(JdbcTemplate jdbc, DataSource dataSource, ProductRepository repository) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.repository = repository;
    }

    @Test
    void runsOnARealPostgreSql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void flywayAppliedEveryMigration() {
        List<String> applied = jdbc.queryForList(
                "select version from flyway_schema_history where success order by installed_rank", String.class);
        assertThat(applied).containsSubsequence("1", "2");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'product'", String.class))
                .contains("ux_product_sku");
    }

    /** A database created by template 1.0.0 (V1 only, with rows) upgrades to the current schema. */
    @Test
    void databaseOfTheFirstReleaseUpgrades() {
        jdbc.execute("drop schema if exists upgrade_check cascade");
        flyway().target("1").load().migrate();
        jdbc.update("insert into upgrade_check.product (sku, name, price_cents) values ('OLD-1', 'From 1.0.0', 5)");

        assertThat(flyway().load().migrate().migrationsExecuted).isEqualTo(1);

        assertThat(jdbc.queryForMap("select version, created_at, updated_at from upgrade_check.product where sku = 'OLD-1'"))
                .containsEntry("version", 0L)
                .extractingByKeys("created_at", "updated_at").doesNotContainNull();
        jdbc.execute("drop schema upgrade_check cascade");
    }

    /** Flyway on its own connections (never the pool's, whose search path it would move) in a scratch schema. */
    private FluentConfiguration flyway() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        return Flyway.configure().dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())
                .schemas("upgrade_check");
    }

    @Test
    void productRowRoundTripsWithVersionAndTimestamps() {
        Product saved = repository.saveAndFlush(new Product("DB-1", "Stored", 4200));

        Product loaded = repository.findBySku("DB-1").orElseThrow();
        assertThat(loaded.getId()).isEqualTo(saved.getId());
        assertThat(loaded.getName()).isEqualTo("Stored");
        assertThat(loaded.getPriceCents()).isEqualTo(4200);
        assertThat(loaded.getVersion()).isZero();
        assertThat(loaded.getCreatedAt()).isEqualTo(saved.getCreatedAt()).isEqualTo(loaded.getUpdatedAt());
        assertThat(jdbc.queryForObject("select name from product where sku = 'DB-1'", String.class)).isEqualTo("Stored");
    }
}
