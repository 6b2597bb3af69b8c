The cache tests need a real Redis: with Docker available they start one with Testcontainers; otherwise they use
the Redis at `REDIS_URL` (e.g. `REDIS_URL=redis://127.0.0.1:6379 ./mvnw verify`). With neither, every other test
still runs (on an in-memory cache) and only the Redis tests are skipped, saying why; under `CI=true` they fail.

