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

    @Test
    void literalRowsSeedATableAndRowsCopiedFromOthersDoNot() {
        IndexCatalog c = new IndexCatalog();
        MigrationReader.sql("""
                INSERT INTO status (name) VALUES ('NEW'), ('select me');
                insert into "settings" (initialized) values (false);
                insert into vulnerability (name) select name from code_vuln union select name from web_vuln;
                INSERT INTO tag (name) VALUES ('a');
                INSERT INTO tag (name) SELECT label FROM legacy_tag;
                """, c);
        assertThat(c.isSeeded("status")).as("a value 'select me' is not a query").isTrue();
        assertThat(c.isSeeded("settings")).isTrue();
        assertThat(c.isSeeded("vulnerability")).isFalse();
        assertThat(c.isCopied("vulnerability")).isTrue();
        assertThat(c.isSeeded("tag")).as("seeded, but also filled from another table").isFalse();
        assertThat(c.isSeeded("orders")).isFalse();
    }

    @Test
    void liquibaseInsertAndLoadDataSeed() throws IOException {
        Path log = dir.resolve("db.changelog-master.xml");
        Files.writeString(log, """
                <databaseChangeLog>
                  <changeSet id="1" author="a">
                    <insert tableName="country"><column name="code" value="FR"/></insert>
                    <loadData tableName="currency" file="currency.csv"/>
                  </changeSet>
                </databaseChangeLog>
                """);
        IndexCatalog c = new IndexCatalog();
        MigrationReader.read(log, "db.changelog-master.xml", c, w -> { });
        assertThat(c.isSeeded("country")).isTrue();
        assertThat(c.isSeeded("currency")).isTrue();
    }
}
