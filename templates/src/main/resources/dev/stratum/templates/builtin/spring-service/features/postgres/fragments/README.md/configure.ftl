| `DB_URL` | `jdbc:postgresql://localhost:5432/[=project.name?replace('-', '_')]` | JDBC URL |
| `DB_USERNAME` / `DB_PASSWORD` | `[=project.name?replace('-', '_')]` / empty | database credentials (inject the password from a secret store) |
| `DB_POOL_MAX_SIZE` / `DB_POOL_MIN_IDLE` | `10` / `2` | HikariCP pool size |
