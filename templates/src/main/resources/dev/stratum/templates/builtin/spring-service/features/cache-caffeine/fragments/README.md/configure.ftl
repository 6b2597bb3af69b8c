| `CACHE_MAX_SIZE` / `CACHE_TTL` | `1000` / `10m` | Caffeine cache size and time-to-live |
