| `PORT` | `[=options.port?c]` | HTTP port of the API |
| `OPENAPI_ENABLED` | `false` | publish `/v3/api-docs` and Swagger UI outside the `dev` profile |
| `API_MAX_PAGE_SIZE` | `100` | largest `size` of `GET /api/products`; larger requests get this many |
