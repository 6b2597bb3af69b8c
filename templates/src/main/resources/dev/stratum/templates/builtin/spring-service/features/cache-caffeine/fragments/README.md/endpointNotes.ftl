
Reads of one product (`GET /api/products/{id}`) are cached; an update evicts the entry.
