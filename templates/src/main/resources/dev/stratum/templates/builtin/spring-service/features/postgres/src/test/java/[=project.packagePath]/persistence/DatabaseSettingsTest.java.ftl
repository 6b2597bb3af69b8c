package [=project.package].persistence;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import [=project.package].AbstractIntegrationTest;

/** The database settings of application.properties reach the pool, the server and the transaction manager. */
class DatabaseSettingsTest extends AbstractIntegrationTest {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final DataSourceProperties dataSourceProperties;
    private final FlywayProperties flywayProperties;

    DatabaseSettingsTest(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            DataSourceProperties dataSourceProperties, FlywayProperties flywayProperties) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dataSourceProperties = dataSourceProperties;
        this.flywayProperties = flywayProperties;
    }

    @Test
    void poolHasAFixedSize() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        assertThat(pool.getMinimumIdle()).isEqualTo(pool.getMaximumPoolSize()).isEqualTo(10);
    }

    @Test
    void everyStatementOfTheApplicationHasATimeout() {
        assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("5s");
    }

    @Test
    void transactionsHaveATimeout() {
        assertThat(((AbstractPlatformTransactionManager) transactions).getDefaultTimeout()).isEqualTo(10);
    }

    @Test
    void flywayUsesTheApplicationsCredentialsUnlessGivenItsOwn() {
        assertThat(flywayProperties.getUser()).isEqualTo(dataSourceProperties.getUsername());
        assertThat(flywayProperties.getPassword()).isEqualTo(dataSourceProperties.getPassword());
    }
}
