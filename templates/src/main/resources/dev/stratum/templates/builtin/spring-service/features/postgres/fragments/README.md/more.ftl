
## Database

- **Migrations.** Flyway applies `src/main/resources/db/migration` at start-up; Hibernate only validates the schema.
  Never edit a released migration (Flyway checks their checksums): add `V3__...sql`. `V2` adds the version and
  timestamps to the table `V1` created, so a database made by template 1.0.0 upgrades in place.
- **TLS.** `DB_SSL_MODE` sets `sslmode` in the default URL. When you set `DB_URL` yourself, put TLS in it, e.g.
  `jdbc:postgresql://db.example.com:5432/[=project.name?replace('-', '_')]?sslmode=verify-full&sslrootcert=/etc/ssl/db-ca.crt`:
  the URL is what both the application and Flyway connect with. Use `verify-full` across an untrusted network.
- **Time limits.** Each application connection runs with `statement_timeout` (`DB_STATEMENT_TIMEOUT`, set through
  the driver's `options`) and each transaction with `DB_TRANSACTION_TIMEOUT`. Migrations run on Flyway's own
  connection without the statement limit, so a long `CREATE INDEX` is not cut off. Behind PgBouncer in transaction
  mode, which rejects `options`, remove that property and set the limit on the role
  (`ALTER ROLE ... SET statement_timeout = '5s'`).
- **Pool.** A fixed pool of `DB_POOL_MAX_SIZE` connections; size it to the database's `max_connections` divided
  by the number of instances, not to the request rate.
