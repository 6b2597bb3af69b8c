| `POST /api/products` | create a product (`{"sku", "name", "priceCents"}`), 201 with `Location` and `ETag` |
| `GET /api/products?page=0&size=20` | list products in id order: `{"items", "page", "size", "totalItems", "totalPages"}` |
| `GET /api/products/{id}` | read a product, with `ETag` (`If-None-Match` answers 304) |
| `GET /api/products?sku=...` | look a product up by SKU |
| `GET /api/products/{id}/stock` | units available, asked of the inventory service; 503 when it cannot answer |
| `PUT /api/products/{id}` | update name and price (`{"name", "priceCents"}`; the SKU never changes); needs `If-Match` |
| `GET /v3/api-docs`, `/swagger-ui.html` | OpenAPI document and Swagger UI (`dev` profile only) |
