The service needs a PostgreSQL database; Flyway creates the schema at start-up (`src/main/resources/db/migration`).
For example:

```bash
docker run -d --name [=project.name]-db -p 5432:5432 -e POSTGRES_DB=[=project.name?replace('-', '_')] \
  -e POSTGRES_USER=[=project.name?replace('-', '_')] -e POSTGRES_PASSWORD=change-me postgres:17
DB_PASSWORD=change-me ./mvnw spring-boot:run
```

