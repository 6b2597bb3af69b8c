| `DB_URL` | `jdbc:postgresql://localhost:5432/[=project.name?replace('-', '_')]?sslmode=${DB_SSL_MODE}` | JDBC URL (see [Database](#database) for TLS) |
| `DB_SSL_MODE` | `prefer` | TLS to PostgreSQL in the default URL: `disable`, `prefer`, `require`, `verify-ca`, `verify-full` |
| `DB_USERNAME` / `DB_PASSWORD` | `[=project.name?replace('-', '_')]` / empty | database credentials (inject the password from a secret store) |
| `FLYWAY_USERNAME` / `FLYWAY_PASSWORD` | `DB_USERNAME` / `DB_PASSWORD` | credentials for migrations (a schema owner, while the application runs with fewer rights) |
| `DB_POOL_MAX_SIZE` | `10` | HikariCP pool size; the pool is fixed (minimum idle = maximum), as HikariCP advises |
| `DB_STATEMENT_TIMEOUT` | `5s` | PostgreSQL `statement_timeout` of the application's connections (not of migrations) |
| `DB_TRANSACTION_TIMEOUT` | `10s` | time limit of every `@Transactional` method |
