| `POST /api/products` | create a product (`{"sku", "name", "priceCents"}`), 201 with `Location` |
| `GET /api/products/{id}` | read a product |
| `GET /api/products?sku=...` | look a product up by SKU |
| `PUT /api/products/{id}` | update name and price |
| `GET /v3/api-docs`, `/swagger-ui.html` | OpenAPI document and Swagger UI (`dev` profile only) |
