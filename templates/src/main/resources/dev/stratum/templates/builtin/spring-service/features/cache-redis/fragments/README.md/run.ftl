The cache lives in Redis: set `REDIS_URL` (default `redis://localhost:6379`).

