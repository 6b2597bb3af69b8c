package dev.stratum.audit.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationReaderTest {
    @TempDir
    Path dir;

    @Test
    void flywaySqlTablesKeysAndIndexes() {
        IndexCatalog c = new IndexCatalog();
        MigrationReader.sql("""
                -- comment: create index nope on x (y);
                CREATE TABLE IF NOT EXISTS public."customer" (
                  id bigint PRIMARY KEY,
                  email varchar(200) NOT NULL UNIQUE,
                  name varchar(100),
                  tenant_id bigint,
                  CONSTRAINT uq_name UNIQUE (name, tenant_id),
                  amount numeric(10, 2)
                );
                CREATE INDEX CONCURRENTLY idx_tenant ON customer USING btree (tenant_id);
                ALTER TABLE orders ADD CONSTRAINT uq_ref UNIQUE (ref);
                """, c);
        assertThat(c.knowsTable("customer")).isTrue();
        assertThat(List.of("id", "email", "name", "tenant_id")).allMatch(col -> c.isIndexed("customer", col));
        assertThat(c.isIndexed("customer", "amount")).isFalse();
        assertThat(c.isIndexed("orders", "ref")).isTrue();
        assertThat(c.isIndexed("x", "y")).isFalse();
    }

    @Test
    void liquibaseXmlChangelogs() throws IOException {
        Path log = dir.resolve("db.changelog-master.xml");
        Files.writeString(log, """
                <databaseChangeLog>
                  <changeSet id="1" author="a">
                    <createTable tableName="product">
                      <column name="id" type="bigint"><constraints primaryKey="true"/></column>
                      <column name="sku" type="varchar(50)"/>
                      <column name="name" type="varchar(50)"/>
                    </createTable>
                    <createIndex tableName="product" indexName="idx_sku"><column name="sku"/></createIndex>
                  </changeSet>
                </databaseChangeLog>
                """);
        IndexCatalog c = new IndexCatalog();
        List<String> warnings = new ArrayList<>();
        MigrationReader.read(log, "db.changelog-master.xml", c, warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(c.hasMigrations()).isTrue();
        assertThat(c.isIndexed("product", "id")).isTrue();
        assertThat(c.isIndexed("product", "sku")).isTrue();
        assertThat(c.isIndexed("product", "name")).isFalse();
    }
}
