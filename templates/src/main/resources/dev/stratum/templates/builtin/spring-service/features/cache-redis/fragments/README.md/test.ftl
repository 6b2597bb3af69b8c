The cache tests need a real Redis: with Docker available they start one with Testcontainers; otherwise they use
the Redis at `REDIS_URL` (e.g. `REDIS_URL=redis://127.0.0.1:6379 ./mvnw verify`). With neither, the Spring tests
are skipped and say why.

