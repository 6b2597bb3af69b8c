| `PORT` | `[=options.port?c]` | HTTP port of the API |
| `OPENAPI_ENABLED` | `false` | publish `/v3/api-docs` and Swagger UI outside the `dev` profile |
| `API_MAX_PAGE_SIZE` | `100` | largest `size` of `GET /api/products`; larger requests get this many |
| `DOWNSTREAM_BASE_URL` | `http://localhost:8089` | the inventory service behind `GET /api/products/{id}/stock` |
| `DOWNSTREAM_CONNECT_TIMEOUT` / `DOWNSTREAM_READ_TIMEOUT` | `1s` / `2s` | time limits of each call to it |
| `DOWNSTREAM_MAX_CONCURRENT_CALLS` | `20` | calls to it at once; one more is rejected at once (503) |
