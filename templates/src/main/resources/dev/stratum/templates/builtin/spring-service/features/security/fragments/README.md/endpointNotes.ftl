
Everything except health, Prometheus and the OpenAPI docs needs `Authorization: Bearer <JWT>` signed by a key in
the JWK set.
