- Flyway migrated a real PostgreSQL, a database made by template 1.0.0 (V1 only, with rows) upgrades, and a row
  round-trips with its version and timestamps (`DatabaseMigrationTest`)
- the pool has a fixed size, statements and transactions have time limits, Flyway can use its own credentials
  (`DatabaseSettingsTest`)
