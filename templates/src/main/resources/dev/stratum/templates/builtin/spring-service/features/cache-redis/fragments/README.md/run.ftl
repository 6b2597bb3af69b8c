The cache lives in Redis (values stored as JSON): set `REDIS_URL` (default `redis://localhost:6379`).

