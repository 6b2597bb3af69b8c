| `REDIS_URL` | `redis://localhost:6379` | Redis for the cache |
| `REDIS_TIMEOUT` | `1s` | Redis command timeout; a failing Redis degrades to cache misses (logged) |
| `CACHE_TTL` | `10m` | time-to-live of cached entries |
