The service refuses to start until `JWT_ISSUER_URI`, `JWT_JWK_SET_URI` and `JWT_AUDIENCE` are set (see
[Security](#security)). For local development, `./mvnw spring-boot:test-run` starts it from the test class path with
the `dev` profile, a throw-away token issuer<#if features.postgres> and the embedded test PostgreSQL</#if>, and logs a bearer token
(`TestJwt` and `Test[=project.className]Application` in `src/test/java`; none of it is in the jar):

```bash
./mvnw spring-boot:test-run     # look for "Local bearer token" in the log
curl -H "Authorization: Bearer $TOKEN" "http://localhost:[=options.port?c]/api/products?sku=..."
```

